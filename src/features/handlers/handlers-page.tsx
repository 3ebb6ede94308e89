import { ActionIcon, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconKeyboard, IconPlus } from '@tabler/icons-react'
import { modals } from '@mantine/modals'
import { useCallback, useDeferredValue, useState } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { useNow } from '../../i18n/use-now'
import { useAccountApi } from '../../session/account-api'
import { BulkPanel, startBulk } from './bulk/bulk-panel'
import { SelectionBar, SelectionBarPlaceholder } from './bulk/selection-bar'
import { useBulkRun } from './bulk/use-bulk-run'
import { useSelection, useSelectionState } from './bulk/use-selection'
import { HandlersTable, HandlersTableSkeleton } from './handlers-table'
import { useListParams } from './list-params'
import { PaginationBar } from './pagination-bar'
import { useDeleteHandler, useToggleHandler } from './mutations'
import { FindingsCheck, FindingsSummary } from './review/findings-summary'
import { EmptyAccount, LoadError, NoMatch, PastEnd } from './review/list-notices'
import { LoadStatus } from './review/load-status'
import { ReviewToolbar } from './review/review-toolbar'
import { useHandlerView } from './review/use-handler-view'
import { useSearchDraft } from './review/use-search-draft'
import { nextSort, type SortKey } from './review/view'
import { PlanUsageSummary } from './plan-usage'
import { ShortcutsHelp, useShortcutsHelp } from './shortcuts'
import { TransferActions } from './transfer/transfer-actions'

const SKELETON_ROWS = 8

/** One view per account: switching accounts starts afresh (selection, bulk work). */
export function HandlersPage() {
  const { account } = useAccountApi()
  return <HandlersView key={account.id} />
}

function HandlersView() {
  const { t } = useI18n()
  const location = useLocation()
  const now = useNow()
  const [params, setParams] = useListParams()
  const commitSearch = useCallback(
    (q: string) => setParams({ q, page: 1 }, { replace: true }),
    [setParams],
  )
  const [searchText, setSearchText] = useSearchDraft(params.q, commitSearch)
  const q = useDeferredValue(searchText)
  const [reviewAsked, setReviewAsked] = useState(false)
  const scope = JSON.stringify([q, params.type, params.status, params.finding])
  const picked = useSelectionState(scope)
  const bulk = useBulkRun({ onDeleted: picked.forget })
  const running = bulk.run.phase === 'running'
  const view = useHandlerView({
    params,
    searchText,
    q,
    needAll: reviewAsked || picked.selection.all,
    holdRefetch: running,
  })
  const { rows, query } = view
  const help = useShortcutsHelp()
  const selection = useSelection({
    ...picked,
    visible: rows ?? [],
    matching: view.matching,
    filtered: view.local,
  })

  const { mutate: toggle } = useToggleHandler()
  const { mutate: remove } = useDeleteHandler()
  const lastRowOnPage = rows?.length === 1 && view.page > 1
  const onToggle = useCallback(
    (handler: Handler, enabled: boolean) => toggle({ handler, enabled }),
    [toggle],
  )
  const onDelete = useCallback(
    (handler: Handler) =>
      modals.openConfirmModal({
        title: t('handlers.delete.title'),
        children: <Text size="sm">{t('handlers.delete.body', { name: handler.name })}</Text>,
        labels: { confirm: t('handlers.delete.confirm'), cancel: t('handlers.delete.cancel') },
        confirmProps: { color: 'red.9' },
        onConfirm: () =>
          remove({
            handler,
            // Deleting the last row of a page shows the page before it.
            onRemoved: lastRowOnPage ? () => setParams({ page: view.page - 1 }) : undefined,
          }),
      }),
    [t, remove, lastRowOnPage, view.page, setParams],
  )
  const { sort, dir } = params
  const onSort = useCallback(
    (key: SortKey) => setParams({ page: 1, ...nextSort({ sort, dir }, key) }),
    [sort, dir, setParams],
  )

  const latest = (handler: Handler) =>
    (view.all ?? rows ?? []).find((known) => known.id === handler.id) ?? handler
  const filtering = view.local || params.q !== ''
  const { onScreen, pageSelection } = selection
  const all = picked.selection.all
  const wholePageOnly = !all && pageSelection === 'all' && view.matchingCount > onScreen

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t('handlers.title')}
        </Title>
        <Group gap="md">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('shortcuts.open')}
            title={t('shortcuts.open')}
            onClick={help.open}
          >
            <IconKeyboard size={18} aria-hidden />
          </ActionIcon>
          {view.accountTotal !== null && (
            <Text c="dimmed" size="sm">
              {t('handlers.count', { count: view.accountTotal })}
            </Text>
          )}
          <Button
            component={Link}
            to={{ pathname: '/handlers/new', search: location.search }}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('handlers.new')}
          </Button>
        </Group>
      </Group>

      {(view.accountTotal !== 0 || filtering) && (
        <ReviewToolbar
          text={searchText}
          onText={setSearchText}
          filters={params}
          onFilters={(next) => setParams({ ...next, page: 1 })}
          types={view.types}
          extra={
            !view.findings &&
            !view.local &&
            !!view.accountTotal && (
              <FindingsCheck
                total={view.accountTotal}
                onCheck={reviewAsked ? null : () => setReviewAsked(true)}
              />
            )
          }
          onClear={
            filtering
              ? () => {
                  setSearchText('')
                  setParams({ q: '', type: null, status: null, finding: [], page: 1 })
                }
              : null
          }
        />
      )}
      {view.accountTotal !== 0 && view.findings && (
        <FindingsSummary
          findings={view.findings}
          total={view.accountTotal ?? 0}
          active={params.finding}
          onPick={(finding) => setParams({ finding, page: 1 })}
        />
      )}
      {(view.local || reviewAsked || all) && !view.all && !view.whole.isError && <LoadStatus />}
      {!view.local && view.whole.isError && (reviewAsked || all) && (
        <LoadError
          error={view.whole.error}
          retrying={view.whole.isFetching}
          onRetry={() => void view.whole.refetch()}
        />
      )}
      <BulkPanel bulk={bulk} latest={latest} />

      {query.isError && (
        <LoadError
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      )}
      {rows === null && !query.isError && (
        <>
          <VisuallyHidden role="status">{t('handlers.loading')}</VisuallyHidden>
          <SelectionBarPlaceholder />
          <HandlersTableSkeleton rows={Math.min(params.perPage, SKELETON_ROWS)} />
        </>
      )}
      {!view.local && view.accountTotal === 0 && (
        <EmptyAccount>
          <TransferActions selection={[]} filtered={[]} />
        </EmptyAccount>
      )}
      {view.local && rows && view.matchingCount === 0 && <NoMatch />}
      {!view.local && rows?.length === 0 && view.matchingCount > 0 && (
        <PastEnd
          page={params.page}
          pages={view.totalPages}
          onLast={() => setParams({ page: view.totalPages })}
        />
      )}

      {rows && view.matchingCount > 0 && (
        <SelectionBar
          selected={all ? view.matchingCount : selection.handlers.length}
          matching={view.matchingCount}
          pageOnly={wholePageOnly ? onScreen : null}
          all={all}
          loadingAll={all && !view.matching}
          busy={running}
          onAction={(action) => startBulk(bulk, t, action, selection.handlers)}
          onSelectAll={selection.selectAll}
          onClear={selection.clear}
        >
          <TransferActions
            selection={selection.handlers}
            filtered={view.local ? view.matching : null}
          />
        </SelectionBar>
      )}
      <PlanUsageSummary
        page={!view.local && rows && rows.length === view.accountTotal ? rows : null}
      />
      {view.local && view.matching && view.accountTotal !== null && (
        <Text size="sm" c="dimmed" role="status">
          {t('filters.matching', { count: view.matchingCount, total: view.accountTotal })}
        </Text>
      )}
      {rows && rows.length > 0 && (
        <div style={{ opacity: view.stale ? 0.6 : 1 }} aria-busy={view.stale}>
          <HandlersTable
            handlers={rows}
            now={now}
            search={location.search}
            isSelected={selection.isSelected}
            findingsOf={view.findingsOf}
            sort={params}
            onSort={onSort}
            pageSelection={pageSelection}
            onSelectPage={selection.selectPage}
            onToggle={onToggle}
            onDelete={onDelete}
            onSelect={selection.onSelect}
          />
        </div>
      )}
      {rows && view.matchingCount > 0 && (
        <PaginationBar
          params={{ page: view.page, perPage: params.perPage }}
          total={view.matchingCount}
          totalPages={view.totalPages}
          onChange={setParams}
        />
      )}
      <ShortcutsHelp opened={help.opened} onClose={help.close} />
      <Outlet />
    </Stack>
  )
}
