import { Skeleton, Table, VisuallyHidden } from '@mantine/core'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { HandlerRow, type RowCallbacks } from './handler-row'
import classes from './handlers-table.module.css'

const COLUMNS = ['name', 'type', 'target', 'status', 'created', 'updated', 'actions'] as const

function Head() {
  const { t } = useI18n()
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => (
          <Table.Th key={column} scope="col">
            {column === 'actions' ? (
              <VisuallyHidden>{t('handlers.column.actions')}</VisuallyHidden>
            ) : (
              t(`handlers.column.${column}`)
            )}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  )
}

interface Props extends RowCallbacks {
  handlers: Handler[]
  now: number
  search: string
}

export function HandlersTable({ handlers, now, search, onToggle, onDelete }: Props) {
  const { t } = useI18n()
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table className={classes.table} striped highlightOnHover aria-label={t('handlers.title')}>
        <Head />
        <Table.Tbody>
          {handlers.map((handler) => (
            <HandlerRow
              key={handler.id}
              handler={handler}
              now={now}
              search={search}
              onToggle={onToggle}
              onDelete={onDelete}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

export function HandlersTableSkeleton({ rows }: { rows: number }) {
  const { t } = useI18n()
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table className={classes.table} aria-label={t('handlers.title')} aria-busy="true">
        <Head />
        <Table.Tbody>
          {Array.from({ length: rows }, (_, row) => (
            <Table.Tr key={row}>
              {COLUMNS.map((column) => (
                <Table.Td key={column}>
                  <Skeleton height={14} radius="sm" />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
