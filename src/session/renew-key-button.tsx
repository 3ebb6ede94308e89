import { Button } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useI18n } from '../i18n/i18n'
import { useAccountApi } from './account-api'
import { reauthenticate } from './reauth'

/** "Sign in again" beside an error from a key that stopped working: asks for it in place. */
export function RenewKeyButton() {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const { account } = useAccountApi()
  return (
    <Button
      size="xs"
      variant="white"
      color="red"
      onClick={() => void reauthenticate(queryClient, account.id)}
    >
      {t('account.signInAgain')}
    </Button>
  )
}
