import type { ReactNode } from 'react'
import { Alert, Button, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconInbox, IconRefresh } from '@tabler/icons-react'
import { isApiError } from '../../../api/errors'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'
import { RenewKeyButton } from '../../../session/renew-key-button'
import type { Failure } from '../table-state'

/** The list could not be loaded: why, and a way out (retry, or sign in again). */
export function LoadError({ failure }: { failure: Failure }) {
  const { t } = useI18n()
  const { error, retrying, retry } = failure
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('handlers.error.title')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {isApiError(error, 'unauthorized') ? (
          <RenewKeyButton />
        ) : (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={retry}
            loading={retrying}
          >
            {t('handlers.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}

export function EmptyAccount({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <IconInbox size={48} stroke={1.2} aria-hidden />
      <Title order={2} size="h3">
        {t('handlers.empty.title')}
      </Title>
      <Text c="dimmed" maw={520}>
        {t('handlers.empty.body')}
      </Text>
      {children}
    </Stack>
  )
}

export function PastEnd({
  page,
  pages,
  onLast,
}: {
  page: number
  pages: number
  onLast: () => void
}) {
  const { t } = useI18n()
  return (
    <Alert color="yellow" role="status">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('handlers.pastEnd', { page, pages })}</Text>
        <Button size="xs" variant="light" onClick={onLast}>
          {t('handlers.pastEndAction')}
        </Button>
      </Stack>
    </Alert>
  )
}

export function NoMatch() {
  const { t } = useI18n()
  return (
    <Alert color="gray" role="status">
      <Text size="sm">{t('filters.noMatch')}</Text>
    </Alert>
  )
}
