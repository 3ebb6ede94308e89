import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'

interface Props {
  /** The handler is gone (deleted elsewhere), or `error` kept it from being read. */
  problem: { kind: 'gone' } | { kind: 'failed'; error: unknown }
  onRetry: () => void
  /** Creates the handler again from the form's values; absent where the form cannot. */
  onRecreate?: () => void
  onBack: () => void
}

/** Why the check before a save could not be made; the user's edit stays in the form below. */
export function CheckProblem({ problem, onRetry, onRecreate, onBack }: Props) {
  const { t } = useI18n()
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => alert.current?.focus(), [problem])
  const gone = problem.kind === 'gone'
  return (
    <Alert
      ref={alert}
      tabIndex={-1}
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('form.saveFailed')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {problem.kind === 'gone'
            ? `${t('form.notFound')} ${t('form.conflict.kept')}`
            : `${t('form.conflict.failed')} ${errorMessage(problem.error, t)}`}
        </Text>
        <Group gap="xs">
          {gone && onRecreate && (
            <Button size="xs" variant="white" color="red" onClick={onRecreate}>
              {t('form.conflict.recreate')}
            </Button>
          )}
          {gone ? (
            <Button size="xs" variant="white" color="red" onClick={onBack}>
              {t('form.backToList')}
            </Button>
          ) : (
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('form.retry')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  )
}
