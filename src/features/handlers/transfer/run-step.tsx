import { Button, Progress, Stack, Text } from '@mantine/core'
import type { QueueProgress } from '../work/queue'
import { useI18n, type I18n } from '../../../i18n/i18n'

function timeLeft(ms: number | null, t: I18n['t']): string | null {
  if (ms === null) return null
  const seconds = Math.ceil(ms / 1000)
  return seconds >= 90
    ? t('transfer.run.minutesLeft', { count: Math.round(seconds / 60) })
    : t('transfer.run.secondsLeft', { count: seconds })
}

interface Props {
  progress: QueueProgress
  cancelling: boolean
  onCancel: () => void
}

/** The queue at work: how far, how long still, and a way to stop. */
export function RunStep({ progress, cancelling, onCancel }: Props) {
  const { t } = useI18n()
  const { total, succeeded, failed, remaining } = progress
  const done = succeeded + failed
  const left = timeLeft(remaining, t)
  return (
    <Stack gap="md">
      <Progress.Root size="lg">
        <Progress.Section
          value={total === 0 ? 0 : (done / total) * 100}
          withAria={false}
          role="progressbar"
          aria-label={t('transfer.run.label')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={t('transfer.run.valueText', { done, total })}
        />
      </Progress.Root>
      <Text size="sm" aria-live="polite">
        {t('transfer.run.counts', { done, total, failed })}
        {left && ` · ${left}`}
      </Text>
      <Button
        variant="default"
        onClick={onCancel}
        disabled={cancelling}
        style={{ alignSelf: 'flex-start' }}
      >
        {cancelling ? t('transfer.run.cancelling') : t('transfer.run.cancel')}
      </Button>
    </Stack>
  )
}
