import { VisuallyHidden, Text } from '@mantine/core'
import { useLocation } from 'react-router'
import { useI18n } from '../../i18n/i18n'
import { useNow } from '../../i18n/use-now'
import { startBulk } from './bulk/bulk-panel'
import { SelectionBar, SelectionBarPlaceholder } from './bulk/selection-bar'
import { HandlersTable, HandlersTableSkeleton } from './handlers-table'
import { PaginationBar } from './pagination-bar'
import { FOLDED_CLASS } from './phone-fold'
import { PlanUsageSummary } from './plan-usage'
import { EmptyAccount, LoadError, NoMatch, PastEnd } from './review/list-notices'
import type { TableScreen } from './table-screen'
import type { TableState } from './table-state'
import { useShowRow } from './show-handler'
import { TransferActions } from './transfer/transfer-actions'

const SKELETON_ROWS = 8

/** The list in whichever state it is: loading, failed, empty, matching nothing, past its end, rows. */
export function TableArea({ screen }: { screen: TableScreen }) {
  const { t } = useI18n()
  const { table, params, setParams, selection, bulk, matchNote } = screen
  const paged = table.kind === 'rows' || table.kind === 'past-end' ? table : null
  return (
    <>
      <Notice
        table={table}
        skeletonRows={Math.min(params.perPage, SKELETON_ROWS)}
        onPage={(page) => setParams({ page })}
      />
      {paged && (
        // Nothing selected and nothing running, the bulk actions fold away on a phone with
        // the search and filters; ticking a card brings them back.
        <div
          className={
            selection.count === 0 && bulk.run.phase !== 'running' ? FOLDED_CLASS : undefined
          }
        >
          <SelectionBar
            selected={selection.count}
            matchingCount={paged.matchingCount}
            pageOnly={selection.pageOnly}
            allMatching={selection.allMatching}
            loadingAll={selection.loadingAll}
            busy={bulk.run.phase === 'running'}
            onAction={(action) => startBulk(bulk, t, action, selection.handlers)}
            onSelectAll={selection.selectAll}
            onClear={selection.clear}
          >
            <TransferActions
              selected={selection.handlers}
              filtered={screen.onWholeAccount ? screen.matching : null}
            />
          </SelectionBar>
        </div>
      )}
      <PlanUsageSummary page={screen.accountOnPage} />
      {matchNote && (
        <Text size="sm" c="dimmed" role="status">
          {t('filters.matching', { count: matchNote.matchingCount, total: matchNote.total })}
        </Text>
      )}
      {table.kind === 'rows' && <Rows screen={screen} rows={table} />}
      {paged && (
        <PaginationBar
          params={{ page: paged.page, perPage: params.perPage }}
          total={paged.matchingCount}
          totalPages={paged.pages}
          onChange={setParams}
        />
      )}
    </>
  )
}

/** What the list says in place of rows, or above them. */
function Notice({
  table,
  skeletonRows,
  onPage,
}: {
  table: TableState
  skeletonRows: number
  onPage: (page: number) => void
}) {
  const { t } = useI18n()
  switch (table.kind) {
    case 'loading':
      return (
        <>
          <VisuallyHidden role="status">{t('handlers.loading')}</VisuallyHidden>
          <SelectionBarPlaceholder />
          <HandlersTableSkeleton rows={skeletonRows} />
        </>
      )
    case 'error':
      return <LoadError failure={table.failure} />
    case 'empty':
      return (
        <EmptyAccount>
          <TransferActions selected={[]} filtered={[]} />
        </EmptyAccount>
      )
    case 'no-match':
      return <NoMatch />
    case 'past-end':
      return <PastEnd page={table.page} pages={table.pages} onLast={() => onPage(table.pages)} />
    case 'rows':
      return null
  }
}

function Rows({
  screen,
  rows,
}: {
  screen: TableScreen
  rows: Extract<TableState, { kind: 'rows' }>
}) {
  const now = useNow()
  const location = useLocation()
  const { selection, rowActions } = screen
  useShowRow(rows.rows)
  return (
    <div style={{ opacity: rows.stale ? 0.6 : 1 }} aria-busy={rows.stale}>
      <HandlersTable
        handlers={rows.rows}
        now={now}
        search={location.search}
        findingsOf={screen.findingsOf}
        sort={screen.params}
        onSort={screen.onSort}
        selection={selection}
        actions={rowActions}
      />
    </div>
  )
}
