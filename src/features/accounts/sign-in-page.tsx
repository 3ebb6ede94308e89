import {
  Alert,
  Button,
  Checkbox,
  Container,
  Divider,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconFlask, IconKey } from '@tabler/icons-react'
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { Link, useLocation, useNavigate } from 'react-router'
import { isApiError } from '../../api/errors'
import type { MessageKey } from '../../i18n/en'
import { useI18n, type I18n } from '../../i18n/i18n'
import { clientFor, forgetClient } from '../../session/account-api'
import { ensureDemo } from './demo'
import { accountQueries } from '../../session/queries'
import { checkKey, readKey } from './check-key'
import {
  addAccount,
  getAccounts,
  newAccountId,
  useAccounts,
  type AccountKind,
} from '../../session/accounts-store'

interface SignInRequest {
  kind: AccountKind
  apiKey: string
  label: string
  remember: boolean
}

/** Checks the key, then adds the account; a key already signed in just selects its account. */
async function verifyAndAdd(request: SignInRequest, queryClient: QueryClient) {
  const existing = getAccounts().accounts.find(
    (account) => account.kind === request.kind && account.apiKey === request.apiKey,
  )
  if (existing) return addAccount(existing)
  const id = newAccountId(request.kind)
  try {
    const client = clientFor({ id, ...request })
    const profile = await checkKey(client)
    // The key check has read the profile: the header need not ask again.
    const account = { id, ...request, ...(profile?.id ? { owner: profile.id } : {}) }
    queryClient.setQueryData(accountQueries({ account, client }).profile().queryKey, profile)
    return addAccount(account)
  } catch (error) {
    forgetClient(id)
    throw error
  }
}

async function startDemoAndAdd(queryClient: QueryClient) {
  const { key } = await ensureDemo()
  return verifyAndAdd({ kind: 'demo', apiKey: key, label: '', remember: false }, queryClient)
}

interface FormValues {
  apiKey: string
  label: string
  remember: boolean
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
    return t('signIn.error.rateLimited', { count: error.retryAfter ?? 60 })
  }
  const sentence = t(SIGN_IN_ERRORS[error.kind] ?? 'signIn.error.unreadable')
  // The proxy's own words matter here: "the upstream certificate could not be verified".
  return error.kind === 'server' && error.serverMessage
    ? `${sentence} ${t('error.serverSaid', { message: error.serverMessage })}`
    : sentence
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
  const queryClient = useQueryClient()
  const enter = () => navigate(from, { replace: true })

  const adding = useAccounts().accounts.length > 0

  const form = useForm<FormValues>({ defaultValues: { apiKey: '', label: '', remember: false } })
  const keySignIn = useMutation({
    mutationFn: (request: SignInRequest) => verifyAndAdd(request, queryClient),
    onSuccess: enter,
  })
  const demo = useMutation({ mutationFn: () => startDemoAndAdd(queryClient), onSuccess: enter })
  const busy = keySignIn.isPending || demo.isPending

  const submit = form.handleSubmit(({ apiKey, label, remember }) => {
    const read = readKey(apiKey)
    if ('problem' in read) {
      form.setError('apiKey', { message: t(`signIn.error.${read.problem}`) })
      return
    }
    demo.reset()
    keySignIn.mutate({ kind: 'server', apiKey: read.key, label: label.trim(), remember })
  })

  return (
    <Container size={460} py="xl">
      <Paper withBorder p={{ base: 'md', xs: 'xl' }} radius="md">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t(adding ? 'signIn.addTitle' : 'signIn.title')}
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
              <TextInput
                label={t('signIn.label')}
                description={t('signIn.labelHint')}
                maxLength={80}
                {...form.register('label')}
              />
              <Checkbox
                label={t('signIn.remember')}
                description={t('signIn.rememberHint')}
                {...form.register('remember')}
              />
              {keySignIn.isError && (
                <Alert color="red" role="alert">
                  {signInError(keySignIn.error, t)}
                </Alert>
              )}
              <Group grow>
                {adding && (
                  <Button component={Link} to="/handlers" variant="default">
                    {t('signIn.cancel')}
                  </Button>
                )}
                <Button type="submit" loading={keySignIn.isPending} disabled={busy}>
                  {t('signIn.submit')}
                </Button>
              </Group>
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
