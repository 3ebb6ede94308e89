// Import and copy share one flow: rows (from a file, or the selected handlers) → preview →
// the rate-paced queue → report. Loaded only when the user opens it.
import { Modal } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Handler } from '../../../api/types'
import { useI18n } from '../../../i18n/i18n'
import { useReturnFocus } from '../../../lib/focus-return'
import { clientFor, type AccountApi } from '../../../session/account-api'
import { accountName } from '../../../session/account-name'
import type { Account } from '../../../session/accounts-store'
import { FileStep } from './file-step'
import { entriesOf } from './import-rows'
import type { ImportEntry } from './import-types'
import { PreviewStep } from './preview-step'
import { ReportStep } from './report-step'
import { RunStep } from './run-step'
import { created, useTransferRun } from './use-transfer-run'

export type TransferFlow =
  { kind: 'import'; target: Account } | { kind: 'copy'; target: Account; handlers: Handler[] }

export function TransferDialog({ flow, onClose }: { flow: TransferFlow; onClose: () => void }) {
  const { t } = useI18n()
  const target = useMemo<AccountApi>(
    () => ({ account: flow.target, client: clientFor(flow.target) }),
    [flow.target],
  )
  const account = accountName(flow.target, t)
  const [entries, setEntries] = useState<ImportEntry[] | null>(() =>
    flow.kind === 'copy' ? entriesOf(flow.handlers) : null,
  )
  const { run, start, cancel } = useTransferRun(target, flow.kind)
  // Mounted open and unmounted on close: focus goes back to the button that opened it.
  useReturnFocus()
  const busy = run.phase === 'running'

  return (
    <Modal
      opened
      onClose={busy ? () => {} : onClose}
      withCloseButton={!busy}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      size="xl"
      title={t(flow.kind === 'import' ? 'transfer.dialog.import' : 'transfer.dialog.copy', {
        account,
      })}
    >
      {run.phase === 'idle' && !entries && <FileStep onEntries={setEntries} />}
      {run.phase === 'idle' && entries && (
        <PreviewStep
          entries={entries}
          target={target}
          accountLabel={account}
          onConfirm={(rows) => void start(rows)}
          onBack={flow.kind === 'import' ? () => setEntries(null) : onClose}
          backLabel={t(
            flow.kind === 'import' ? 'transfer.preview.back' : 'transfer.preview.cancel',
          )}
        />
      )}
      {run.phase === 'running' && (
        <RunStep progress={run.progress} cancelling={run.cancelling} onCancel={cancel} />
      )}
      {run.phase === 'done' && (
        <ReportStep
          outcome={run.outcome}
          created={created(run.job, run.outcome.done)}
          account={account}
          onRetry={(rows) => void start(rows)}
          onClose={onClose}
        />
      )}
    </Modal>
  )
}
