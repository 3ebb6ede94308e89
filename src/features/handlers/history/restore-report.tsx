import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n, type I18n } from '../../../i18n/i18n'
import type { WorkOutcome } from '../work/outcome'
import { changeName } from './describe'
import { NotRestorable, type RestoreItem } from './restore-work'

const reason = (error: unknown, t: I18n['t']) =>
  error instanceof NotRestorable ? t(error.issue.key, error.issue.params) : errorMessage(error, t)

/** What a restore did: how many came back, and why each of the others did not. */
export function RestoreReport({
  outcome,
  onDismiss,
}: {
  outcome: WorkOutcome<RestoreItem>
  onDismiss: () => void
}) {
  const { t } = useI18n()
  const failed = outcome.failed.length + outcome.notDone.length
  return (
    <Alert color={failed > 0 ? 'red' : 'teal'} role="status">
      <Stack gap="xs">
        {outcome.done.length > 0 && (
          <Text size="sm">{t('history.report.done', { count: outcome.done.length })}</Text>
        )}
        {failed > 0 && <Text size="sm">{t('history.report.failed', { count: failed })}</Text>}
        <List size="sm">
          {outcome.failed.map(({ item, error }) => (
            <List.Item key={item.index}>
              {t('history.report.item', {
                name: changeName(item.change),
                reason: reason(error, t),
              })}
            </List.Item>
          ))}
        </List>
        <Button size="xs" variant="default" onClick={onDismiss} style={{ alignSelf: 'flex-start' }}>
          {t('history.report.dismiss')}
        </Button>
      </Stack>
    </Alert>
  )
}
