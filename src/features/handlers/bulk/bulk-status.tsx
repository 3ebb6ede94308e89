import { Alert, Box, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconRefresh,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n, type I18n } from '../../../i18n/i18n'
import type { BulkAction, BulkReport } from './plan'
import type { QueueProgress } from '../work/queue'

function timeLeft(t: I18n['t'], ms: number | null): string {
  if (ms === null) return t('bulk.left.unknown')
  const seconds = Math.max(1, Math.round(ms / 1000))
  return seconds < 90
    ? t('bulk.left.seconds', { count: seconds })
    : t('bulk.left.minutes', { count: Math.round(seconds / 60) })
}

interface ProgressProps {
  action: BulkAction
  progress: QueueProgress
  cancelling: boolean
  onCancel: () => void
}

/** The bar, the counts and the time left while bulk work runs. */
export function BulkProgress({ action, progress, cancelling, onCancel }: ProgressProps) {
  const { t } = useI18n()
  const finished = progress.succeeded + progress.failed
  const percent = progress.total === 0 ? 100 : Math.round((100 * finished) / progress.total)
  return (
    <Paper withBorder p="sm" radius="md" role="region" aria-label={t('bulk.progressLabel')}>
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Text size="sm" fw={600}>
            {t(`bulk.running.${action}`, { count: progress.total })}
          </Text>
          <Button
            size="xs"
            variant="default"
            onClick={onCancel}
            disabled={cancelling}
            loading={cancelling}
          >
            {t('bulk.cancel')}
          </Button>
        </Group>
        <Progress value={percent} aria-label={t('bulk.progressLabel')} size="md" />
        <Text size="sm" aria-live="polite">
          {t('bulk.progress', { done: finished, total: progress.total })}
          {progress.failed > 0 && ` · ${t('bulk.progressFailed', { count: progress.failed })}`}
          {' · '}
          {cancelling ? t('bulk.cancelling') : timeLeft(t, progress.remaining)}
        </Text>
      </Stack>
    </Paper>
  )
}

interface ReportActionProps {
  icon: typeof IconRefresh
  onClick: () => void
  children: ReactNode
}

/** A way on from the report: retry the failed, or undo what was done. */
function ReportAction({ icon: Icon, onClick, children }: ReportActionProps) {
  return (
    <Group>
      <Button
        size="xs"
        variant="white"
        leftSection={<Icon size={14} aria-hidden />}
        onClick={onClick}
      >
        {children}
      </Button>
    </Group>
  )
}

interface ReportProps {
  report: BulkReport
  onRetry: () => void
  /** Runs the reverse of an enable or disable for the handlers it changed; null where none. */
  onUndo: (() => void) | null
  onClose: () => void
}

/** What the bulk work did: successes, each failure with its reason, and what was left alone. */
export function BulkReportPanel({ report, onRetry, onUndo, onClose }: ReportProps) {
  const { t } = useI18n()
  const { action, failed } = report
  const troubled = failed.length > 0 || report.cancelled
  const title = report.cancelled
    ? t('bulk.report.cancelled')
    : failed.length > 0
      ? t('bulk.report.problems')
      : t('bulk.report.done')
  return (
    <Box component="section" aria-label={t('bulk.report.label')}>
      <Alert
        // The default variant keeps text dark enough to read; the icon carries the colour.
        variant="default"
        icon={
          troubled ? (
            <IconAlertTriangle aria-hidden color="var(--mantine-color-orange-7)" />
          ) : (
            <IconCircleCheck aria-hidden color="var(--mantine-color-teal-7)" />
          )
        }
        title={title}
        role="status"
        withCloseButton
        closeButtonLabel={t('bulk.close')}
        onClose={onClose}
      >
        <Stack gap={6}>
          {report.toDo.length === 0 && <Text size="sm">{t('bulk.nothing')}</Text>}
          {(report.done.length > 0 || (report.toDo.length > 0 && failed.length === 0)) && (
            <Text size="sm">{t(`bulk.done.${action}`, { count: report.done.length })}</Text>
          )}
          {onUndo && action !== 'delete' && (
            <ReportAction icon={IconArrowBackUp} onClick={onUndo}>
              {t(`bulk.undo.${action}`, { count: report.done.length })}
            </ReportAction>
          )}
          {report.notDone.length > 0 && (
            <Text size="sm">{t('bulk.notDone', { count: report.notDone.length })}</Text>
          )}
          {action !== 'delete' && report.unchanged.length > 0 && (
            <Text size="sm">
              {t(`bulk.unchanged.${action}`, { count: report.unchanged.length })}
            </Text>
          )}
          {report.pending.length > 0 && (
            <Text size="sm">{t('bulk.pendingLeft', { count: report.pending.length })}</Text>
          )}
          {failed.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('bulk.failedCount', { count: failed.length })}
              </Text>
              <Box component="ul" m={0} ps="lg" aria-label={t('bulk.failures')}>
                {failed.map(({ item, error }) => (
                  // A long name with no spaces wraps rather than widening the report.
                  <Text component="li" size="sm" key={item.id} style={{ overflowWrap: 'anywhere' }}>
                    {t('bulk.failure', {
                      name: item.name || t('handlers.noName'),
                      reason: errorMessage(error, t),
                    })}
                  </Text>
                ))}
              </Box>
              <ReportAction icon={IconRefresh} onClick={onRetry}>
                {t('bulk.retry', { count: failed.length })}
              </ReportAction>
            </>
          )}
        </Stack>
      </Alert>
    </Box>
  )
}
