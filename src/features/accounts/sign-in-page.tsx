import {
  Alert,
  Button,
  Container,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconFlask, IconKey } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { useLocation, useNavigate } from 'react-router'
import { isApiError } from '../../api/errors'
import type { MessageKey } from '../../i18n/en'
import { useI18n, type I18n } from '../../i18n/i18n'
import { clientFor, forgetClient } from './account-api'
import { ensureDemo } from './demo'
import { checkKey, readKey } from './check-key'
import { newAccountId, signIn, type AccountKind } from './session'

interface SignInRequest {
  kind: AccountKind
  apiKey: string
}

async function verifyAndSignIn({ kind, apiKey }: SignInRequest) {
  const id = newAccountId(kind)
  try {
    const profile = await checkKey(clientFor({ id, kind, apiKey }))
    return signIn({ id, kind, apiKey, name: profile?.name || null })
  } catch (error) {
    forgetClient(id)
    throw error
  }
}

async function startDemoAndSignIn() {
  const { key } = await ensureDemo()
  return verifyAndSignIn({ kind: 'demo', apiKey: key })
}

const SIGN_IN_ERRORS: Record<string, MessageKey> = {
  unauthorized: 'signIn.error.unauthorized',
  refused: 'signIn.error.unauthorized',
  network: 'signIn.error.network',
  server: 'signIn.error.server',
}

function signInError(error: unknown, t: I18n['t']): string {
  if (!isApiError(error)) return t('signIn.error.unreadable')
  if (error.kind === 'rate-limited') {
    return t('signIn.error.rateLimited', { seconds: error.retryAfter ?? 60 })
  }
  return t(SIGN_IN_ERRORS[error.kind] ?? 'signIn.error.unreadable')
}

/** A service worker that will not start says why in its own words; an API failure in ours. */
function demoError(error: unknown, t: I18n['t']): string {
  if (isApiError(error) || !(error instanceof Error)) return signInError(error, t)
  return error.message
}

export function SignInPage() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const location = useLocation()
  const from = (location.state as { from?: string } | null)?.from ?? '/handlers'
  const enter = () => navigate(from, { replace: true })

  const form = useForm<{ apiKey: string }>({ defaultValues: { apiKey: '' } })
  const keySignIn = useMutation({ mutationFn: verifyAndSignIn, onSuccess: enter })
  const demo = useMutation({ mutationFn: startDemoAndSignIn, onSuccess: enter })
  const busy = keySignIn.isPending || demo.isPending

  const submit = form.handleSubmit(({ apiKey }) => {
    const read = readKey(apiKey)
    if ('problem' in read) {
      form.setError('apiKey', { message: t(`signIn.error.${read.problem}`) })
      return
    }
    demo.reset()
    keySignIn.mutate({ kind: 'server', apiKey: read.key })
  })

  return (
    <Container size={460} py="xl">
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed">{t('signIn.intro')}</Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <PasswordInput
                label={t('signIn.key')}
                description={t('signIn.keyHint')}
                leftSection={<IconKey size={16} aria-hidden />}
                autoComplete="off"
                spellCheck={false}
                dir="ltr"
                error={form.formState.errors.apiKey?.message}
                {...form.register('apiKey', { onChange: () => form.clearErrors('apiKey') })}
              />
              {keySignIn.isError && (
                <Alert color="red" role="alert">
                  {signInError(keySignIn.error, t)}
                </Alert>
              )}
              <Button type="submit" loading={keySignIn.isPending} disabled={busy}>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
          <Divider label={t('signIn.or')} labelPosition="center" />
          <Button
            variant="light"
            leftSection={<IconFlask size={18} aria-hidden />}
            onClick={() => {
              keySignIn.reset()
              demo.mutate()
            }}
            loading={demo.isPending}
            disabled={busy}
          >
            {t('signIn.demo')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('signIn.demoHint')}
          </Text>
          {demo.isError && (
            <Alert color="red" role="alert">
              {t('signIn.demoFailed', { reason: demoError(demo.error, t) })}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Container>
  )
}
