import {
  Button,
  Checkbox,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import { formatNumber } from '../../../i18n/format'
import { useI18n } from '../../../i18n/i18n'
import { preselected, type Duplicate, type ImportRow } from './import-rows'
import { PreviewRow } from './preview-row'

const PAGE_SIZE = 100
const FILTERS = ['all', 'ready', 'problems', 'duplicates'] as const
type Filter = (typeof FILTERS)[number]

interface Props {
  rows: ImportRow[]
  duplicates: Map<number, Duplicate>
  /** The target account as the user knows it. */
  account: string
  onConfirm: (rows: ImportRow[]) => void
  onBack: () => void
  backLabel: string
}

/** The preview's rows, filtered and paged, each ticked or not, and the confirmation with the count. */
export function RowPicker({ rows, duplicates, account, onConfirm, onBack, backLabel }: Props) {
  const { t, language } = useI18n()
  // Only what the user changed; the rest follows the defaults.
  const [choices, setChoices] = useState<ReadonlyMap<number, boolean>>(new Map())
  const [filter, setFilter] = useState<Filter>('all')
  const [page, setPage] = useState(1)
  const defaults = useMemo(() => preselected(rows, duplicates), [rows, duplicates])
  const isSelected = (row: ImportRow) =>
    row.values !== null && (choices.get(row.index) ?? defaults.has(row.index))

  const groups: Record<Filter, ImportRow[]> = {
    all: rows,
    ready: rows.filter((row) => row.values && !duplicates.has(row.index)),
    problems: rows.filter((row) => !row.values),
    duplicates: rows.filter((row) => duplicates.has(row.index)),
  }
  const selectable = rows.filter((row) => row.values)
  const selected = rows.filter(isSelected)
  const shown = groups[filter]
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE))
  const onPage = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  const all = selectable.length > 0 && selected.length === selectable.length

  const onToggle = useCallback(
    (index: number, on: boolean) => setChoices((previous) => new Map(previous).set(index, on)),
    [],
  )
  const toggleAll = () => setChoices(new Map(selectable.map((row) => [row.index, !all] as const)))

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('transfer.preview.filter')}
        value={filter}
        onChange={(value) => {
          setFilter(value as Filter)
          setPage(1)
        }}
        data={FILTERS.map((value) => ({
          value,
          label: t(`transfer.preview.filter.${value}`, { count: groups[value].length }),
        }))}
      />
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={t('transfer.preview.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">
                <VisuallyHidden>{t('transfer.preview.column.select')}</VisuallyHidden>
                <Checkbox
                  checked={all}
                  indeterminate={!all && selected.length > 0}
                  disabled={selectable.length === 0}
                  onChange={toggleAll}
                  aria-label={t('transfer.preview.selectAll')}
                />
              </Table.Th>
              <Table.Th scope="col">{t('transfer.preview.column.row')}</Table.Th>
              <Table.Th scope="col">{t('handlers.column.name')}</Table.Th>
              <Table.Th scope="col">{t('handlers.column.type')}</Table.Th>
              <Table.Th scope="col">{t('handlers.column.target')}</Table.Th>
              <Table.Th scope="col">{t('handlers.column.status')}</Table.Th>
              <Table.Th scope="col">{t('transfer.preview.column.check')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {onPage.map((row) => (
              <PreviewRow
                key={row.index}
                row={row}
                duplicate={duplicates.get(row.index)}
                selected={isSelected(row)}
                onToggle={onToggle}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed" ta="center">
          {t('transfer.preview.none')}
        </Text>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={setPage}
          aria-label={t('pagination.label')}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          getItemProps={(item) => ({
            'aria-label': t('pagination.page', { page: item }),
            children: formatNumber(item, language),
          })}
        />
      )}
      <Group justify="space-between" gap="sm">
        <Text size="sm" aria-live="polite">
          {t('transfer.preview.selected', { selected: selected.length, total: rows.length })}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onBack}>
            {backLabel}
          </Button>
          <Button disabled={selected.length === 0} onClick={() => onConfirm(selected)}>
            {t('transfer.preview.confirm', { count: selected.length, account })}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}
