import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import type { Handler } from '../../../api/types'
import type { I18n } from '../../../i18n/i18n'
import { BulkProgress, BulkReportPanel } from './bulk-status'
import type { BulkAction } from './plan'
import type { useBulkRun } from './use-bulk-run'

type Bulk = ReturnType<typeof useBulkRun>

/** Starts a bulk action; a delete first asks, stating how many handlers it will delete. */
export function startBulk(bulk: Bulk, t: I18n['t'], action: BulkAction, handlers: Handler[]) {
  if (action !== 'delete') return void bulk.start(action, handlers)
  const count = handlers.length
  modals.openConfirmModal({
    title: t('bulk.deleteConfirm.title', { count }),
    children: <Text size="sm">{t('bulk.deleteConfirm.body', { count })}</Text>,
    labels: { confirm: t('bulk.deleteConfirm.confirm', { count }), cancel: t('bulk.cancel') },
    confirmProps: { color: 'red.9' },
    onConfirm: () => void bulk.start('delete', handlers),
  })
}

interface Props {
  bulk: Bulk
  /** The freshest copy of a handler the screen has, for a retry. */
  fresh: (handler: Handler) => Handler
}

/** The running work's progress, or the report of the last one. */
export function BulkPanel({ bulk, fresh }: Props) {
  const { state } = bulk
  if (state.phase === 'running') {
    return (
      <BulkProgress
        action={state.action}
        progress={state.progress}
        cancelling={state.cancelling}
        onCancel={bulk.cancel}
      />
    )
  }
  if (state.phase === 'done') {
    const { action, failed } = state.report
    return (
      <BulkReportPanel
        report={state.report}
        onRetry={() =>
          void bulk.start(
            action,
            failed.map(({ item }) => fresh(item)),
          )
        }
        onClose={bulk.dismiss}
      />
    )
  }
  return null
}
