import { Group, Progress, Stack, Text } from '@mantine/core'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { useLoadProgress } from './load-all'

/** "Loaded 2,000 of 5,000": shown while the whole account loads for a search or a selection. */
export function LoadStatus() {
  const { t } = useI18n()
  const { account } = useAccountApi()
  const progress = useLoadProgress(account.id)
  const label = progress
    ? t('filters.loadingProgress', { loaded: progress.loaded, total: progress.total })
    : t('filters.loading')
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
      </Group>
      <Progress
        value={progress && progress.total > 0 ? (100 * progress.loaded) / progress.total : 0}
        aria-label={t('filters.loadingLabel')}
        size="sm"
        animated={!progress}
        striped={!progress}
      />
    </Stack>
  )
}
