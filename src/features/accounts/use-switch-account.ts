import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { accountKey } from '../../session/queries'
import { getAccount, selectAccount } from '../../session/accounts-store'

/** Shows another signed-in account; nothing the previous one asked for lands after the switch. */
export function useSwitchAccount() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(
    (id: string) => {
      const previous = getAccount()
      if (previous?.id === id) return
      if (previous) {
        void queryClient.cancelQueries({ queryKey: accountKey(previous.id) })
      }
      selectAccount(id)
      navigate('/handlers')
    },
    [queryClient, navigate],
  )
}
