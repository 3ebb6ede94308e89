import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { isApiError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'
import { useReturnFocus } from '../../lib/focus-return'
import { useI18n } from '../../i18n/i18n'
import { accountName } from '../../session/account-name'
import { useAccounts } from '../../session/accounts-store'
import { readKey } from './check-key'
import { OtherAccountKeyError, renewKey } from './renew-key'
import { settleReauth, usePendingReauth } from '../../session/reauth'
import { useSignOut } from './use-sign-out'

/** Asks for an account's key again when it stops working, over whatever the user was doing. */
export function ReauthDialog() {
  const { t } = useI18n()
  const pendingId = usePendingReauth()
  const account = useAccounts().accounts.find((candidate) => candidate.id === pendingId)
  const signOut = useSignOut()
  const queryClient = useQueryClient()
  const form = useForm<{ apiKey: string }>({ defaultValues: { apiKey: '' } })
  // Mounted open over whatever the user was doing, and unmounted when answered: Mantine's own
  // return of focus never sees it open.
  useReturnFocus()

  const renew = useMutation({
    mutationFn: async (apiKey: string) => {
      if (account) await renewKey(queryClient, account, apiKey)
    },
    onSuccess: () => {
      form.reset()
      settleReauth(true)
    },
  })

  const close = () => {
    form.reset()
    renew.reset()
    settleReauth(false)
  }

  const submit = form.handleSubmit(({ apiKey }) => {
    const read = readKey(apiKey)
    if ('problem' in read) {
      form.setError('apiKey', { message: t(`signIn.error.${read.problem}`) })
      return
    }
    renew.mutate(read.key)
  })

  return (
    <Modal opened={Boolean(account)} onClose={close} title={t('reauth.title')} centered>
      {account && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('reauth.body', { account: accountName(account, t) })}</Text>
            <PasswordInput
              label={t('signIn.key')}
              autoComplete="off"
              spellCheck={false}
              dir="ltr"
              data-autofocus
              error={form.formState.errors.apiKey?.message}
              {...form.register('apiKey', { onChange: () => form.clearErrors('apiKey') })}
            />
            {renew.isError && (
              <Alert color="red" role="alert">
                {renew.error instanceof OtherAccountKeyError
                  ? t('reauth.otherAccount', { account: accountName(account, t) })
                  : isApiError(renew.error, 'unauthorized')
                    ? t('signIn.error.unauthorized')
                    : errorMessage(renew.error, t)}
              </Alert>
            )}
            <Group justify="space-between">
              <Button
                variant="subtle"
                color="red"
                onClick={() => {
                  close()
                  signOut()
                }}
              >
                {t('reauth.signOut')}
              </Button>
              <Button type="submit" loading={renew.isPending}>
                {t('reauth.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
