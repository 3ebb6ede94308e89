import { Text } from '@mantine/core'
import type { Handler } from '../../../api/types'
import type { I18n } from '../../../i18n/i18n'
import { openConfirm } from '../../../ui/open-confirm'
import { BulkProgress, BulkReportPanel } from './bulk-status'
import type { BulkAction } from './plan'
import type { useBulkRun } from './use-bulk-run'

type Bulk = ReturnType<typeof useBulkRun>

/**
 * Starts a bulk action; a delete first asks, stating how many handlers it will delete, and then
 * waits out its undo window.
 */
export function startBulk(bulk: Bulk, t: I18n['t'], action: BulkAction, handlers: Handler[]) {
  if (action !== 'delete') return void bulk.start(action, handlers)
  const count = handlers.length
  openConfirm({
    title: t('bulk.deleteConfirm.title', { count }),
    children: <Text size="sm">{t('bulk.deleteConfirm.body', { count })}</Text>,
    labels: { confirm: t('bulk.deleteConfirm.confirm', { count }), cancel: t('bulk.cancel') },
    confirmProps: { color: 'red.9' },
    onConfirm: () => bulk.startDelete(handlers),
  })
}

interface Props {
  bulk: Bulk
  /** The screen's latest copy of a handler, for a retry. */
  latest: (handler: Handler) => Handler
}

/** The running work's progress, or the report of the last one. */
export function BulkPanel({ bulk, latest }: Props) {
  const { run } = bulk
  if (run.phase === 'running') {
    return (
      <BulkProgress
        action={run.job.action}
        progress={run.progress}
        cancelling={run.cancelling}
        onCancel={bulk.cancel}
      />
    )
  }
  if (run.phase === 'done') {
    const { action } = run.job
    const { failed, done } = run.outcome
    return (
      <BulkReportPanel
        report={{ ...run.job, ...run.outcome }}
        onRetry={() =>
          void bulk.start(
            action,
            failed.map(({ item }) => latest(item)),
          )
        }
        onUndo={
          action === 'delete' || done.length === 0
            ? null
            : () =>
                void bulk.start(
                  action === 'enable' ? 'disable' : 'enable',
                  done.map((handler) => latest(handler)),
                )
        }
        onClose={bulk.dismiss}
      />
    )
  }
  return null
}
