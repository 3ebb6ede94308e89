import { Skeleton, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { captions, CELL_CLASS, COLUMNS, type Column } from './columns'
import { HandlerRow, type RowCallbacks } from './handler-row'
import { createNearViewport, NearViewportContext } from './near-viewport'
import classes from './handlers-table.module.css'
import { TABLE, TableFrame, TR_ATTRIBUTES } from './table-frame'
import type { Finding } from './review/findings'
import type { ReviewSort, SortKey } from './review/view'

const SORTABLE: Partial<Record<Column, SortKey>> = {
  name: 'name',
  type: 'type',
  created: 'created',
  updated: 'updated',
}

export type PageSelection = 'none' | 'some' | 'all'

/** What the table needs of the selection: its rows' checkboxes and the page's. */
export interface TableSelectionControls {
  isSelected: (id: number) => boolean
  pageSelection: PageSelection
  selectPage: (checked: boolean) => void
  onSelect: RowCallbacks['onSelect']
}

interface HeadProps {
  sort?: ReviewSort
  onSort?: (key: SortKey) => void
  pageSelection?: PageSelection
  onSelectPage?: (checked: boolean) => void
}

function SortButton({
  column,
  sortKey,
  sort,
  onSort,
}: {
  column: Column
  sortKey: SortKey
  sort: ReviewSort
  onSort: (key: SortKey) => void
}) {
  const { t } = useI18n()
  const active = sort.sort === sortKey
  const Icon = !active ? IconArrowsSort : sort.dir === 'asc' ? IconArrowUp : IconArrowDown
  return (
    <UnstyledButton className={classes.sort} onClick={() => onSort(sortKey)}>
      {t(`handlers.column.${column as 'name'}`)}
      <Icon size={14} aria-hidden stroke={active ? 2 : 1.4} />
    </UnstyledButton>
  )
}

function Head({ sort, onSort, pageSelection, onSelectPage }: HeadProps) {
  const { t } = useI18n()
  const header = (column: Column) => {
    if (column === 'actions') return <VisuallyHidden>{t('handlers.column.actions')}</VisuallyHidden>
    if (column === 'findings') return t('review.column')
    if (column === 'select') {
      return (
        <label className={classes.tick}>
          <input
            type="checkbox"
            aria-label={t('bulk.select.page')}
            checked={pageSelection === 'all'}
            ref={(input) => {
              if (input) input.indeterminate = pageSelection === 'some'
            }}
            disabled={!onSelectPage}
            onChange={(event) => onSelectPage?.(event.currentTarget.checked)}
          />
        </label>
      )
    }
    const sortKey = SORTABLE[column]
    if (sortKey && sort && onSort) {
      return <SortButton column={column} sortKey={sortKey} sort={sort} onSort={onSort} />
    }
    return t(`handlers.column.${column}`)
  }
  const ariaSort = (column: Column) => {
    const sortKey = SORTABLE[column]
    if (!sortKey || sort?.sort !== sortKey) return undefined
    return sort.dir === 'asc' ? 'ascending' : 'descending'
  }
  return (
    <thead className={TABLE.thead}>
      <tr {...TR_ATTRIBUTES} className={TABLE.tr}>
        {COLUMNS.map((column) => (
          <th
            key={column}
            scope="col"
            aria-sort={ariaSort(column)}
            className={column === 'select' ? `${TABLE.th} ${classes.select}` : TABLE.th}
          >
            {header(column)}
          </th>
        ))}
      </tr>
    </thead>
  )
}

interface Props {
  handlers: readonly Handler[]
  now: number
  search: string
  findingsOf: (handler: Handler) => readonly Finding[]
  sort: ReviewSort
  onSort: (key: SortKey) => void
  selection: TableSelectionControls
  actions: Pick<RowCallbacks, 'onToggle' | 'onDelete'>
}

/** No row is shorter than this, so a window's height holds at most its height over this of them. */
const MIN_ROW_HEIGHT = 36

/**
 * The first rows of a page get their controls at once, as many as the window could show even with
 * the table at its top; the others when they come near the view.
 */
const eagerRows = () => Math.ceil(window.innerHeight / MIN_ROW_HEIGHT)

export function HandlersTable({
  handlers,
  now,
  search,
  findingsOf,
  sort,
  onSort,
  selection,
  actions,
}: Props) {
  const { t } = useI18n()
  const [nearViewport] = useState(createNearViewport)
  const [eager] = useState(eagerRows)
  useEffect(() => () => nearViewport?.disconnect(), [nearViewport])
  return (
    <TableFrame label={t('handlers.title')} style={captions(t)}>
      <Head
        sort={sort}
        onSort={onSort}
        pageSelection={selection.pageSelection}
        onSelectPage={selection.selectPage}
      />
      <tbody className={TABLE.tbody}>
        <NearViewportContext value={nearViewport}>
          {handlers.map((handler, index) => (
            <HandlerRow
              key={handler.id}
              eager={index < eager}
              handler={handler}
              now={now}
              search={search}
              selected={selection.isSelected(handler.id)}
              findings={findingsOf(handler)}
              onToggle={actions.onToggle}
              onDelete={actions.onDelete}
              onSelect={selection.onSelect}
            />
          ))}
        </NearViewportContext>
      </tbody>
    </TableFrame>
  )
}

export function HandlersTableSkeleton({ rows }: { rows: number }) {
  const { t } = useI18n()
  return (
    <TableFrame label={t('handlers.title')} style={captions(t)} busy>
      <Head />
      <tbody className={TABLE.tbody}>
        {Array.from({ length: rows }, (_, row) => (
          <tr key={row} data-with-row-border className={`${TABLE.tr} ${classes.row}`}>
            {COLUMNS.map((column) => (
              <td key={column} className={`${TABLE.td} ${CELL_CLASS[column]}`}>
                <Skeleton height={14} radius="sm" />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  )
}
