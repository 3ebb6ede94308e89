import { Skeleton, Table } from '@mantine/core'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { HandlerRow } from './handler-row'
import classes from './handlers-table.module.css'

const COLUMNS = ['name', 'type', 'target', 'status', 'created', 'updated'] as const

function Head() {
  const { t } = useI18n()
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => (
          <Table.Th key={column} scope="col">
            {t(`handlers.column.${column}`)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  )
}

export function HandlersTable({ handlers, now }: { handlers: Handler[]; now: number }) {
  const { t } = useI18n()
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table className={classes.table} striped highlightOnHover aria-label={t('handlers.title')}>
        <Head />
        <Table.Tbody>
          {handlers.map((handler) => (
            <HandlerRow key={handler.id} handler={handler} now={now} />
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
