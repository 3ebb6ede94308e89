import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { isApiError } from '../../../api/errors'
import { isKnownType } from '../../../handler-types/registry'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n, type I18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { accountQueries } from '../../../session/queries'

interface Props {
  error: unknown
  /** The type the refused request created or changed to, if it did: plan limits are per type. */
  type: string | null
  onRetry: () => void
  /** Asks for the account's key again, then saves. */
  onRenewKey: () => void
  onBack: () => void
  /** A 404 on an update means the handler is gone; on a create, only that the server has no such endpoint. */
  editing: boolean
}

// Another try can mend these; a refusal or a deleted handler it cannot.
const RETRYABLE = new Set(['network', 'server', 'rate-limited'])
// The request may have reached the server and been saved before the answer went wrong.
const MAYBE_SAVED = new Set(['network', 'unreadable'])

function planMessage(t: I18n['t'], type: string | null, limit: number | null | undefined) {
  if (!isKnownType(type) || typeof limit !== 'number') return null
  const label = t(`type.${type}`)
  return limit === 0
    ? t('form.refused.notInPlan', { type: label })
    : t('form.refused.planLimit', { count: limit, type: label })
}

/** Why the save failed, in the form, above what the user typed (which stays as it was). */
export function SaveError({ error, type, onRetry, onRenewKey, onBack, editing }: Props) {
  const { t } = useI18n()
  const api = useAccountApi()
  const refused = isApiError(error, 'refused')
  // Only a refusal needs the plan, to tell a full plan from a missing field.
  const profile = useQuery({ ...accountQueries(api).profile(), enabled: refused && type !== null })
  const kind = isApiError(error) ? error.kind : null
  const gone = kind === 'not-found' && editing
  const planned = refused ? planMessage(t, type, profile.data?.limits[type ?? '']) : null
  // The submit button is disabled while the save is on its way, and focus left with it: the
  // reason takes it, so that the user hears why and is still in the form.
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => alert.current?.focus(), [error])

  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('form.saveFailed')}
      role="alert"
      ref={alert}
      tabIndex={-1}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{gone ? t('form.notFound') : (planned ?? errorMessage(error, t))}</Text>
        {kind && MAYBE_SAVED.has(kind) && <Text size="sm">{t('form.maybeSaved')}</Text>}
        <Group gap="xs">
          {kind && RETRYABLE.has(kind) && (
            <Button
              size="xs"
              variant="white"
              color="red"
              onClick={onRetry}
              leftSection={<IconRefresh size={14} aria-hidden />}
            >
              {t('form.retry')}
            </Button>
          )}
          {kind === 'unauthorized' && (
            <Button size="xs" variant="white" color="red" onClick={onRenewKey}>
              {t('account.signInAgain')}
            </Button>
          )}
          {gone && (
            <Button size="xs" variant="white" color="red" onClick={onBack}>
              {t('form.backToList')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  )
}
