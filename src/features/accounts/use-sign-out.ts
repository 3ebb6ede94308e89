import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { forgetClient } from './account-api'
import { stopDemo } from './demo'
import { getAccount, signOut } from './session'

/** Forgets the key and every cached response, then returns to sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(() => {
    const account = getAccount()
    if (account) forgetClient(account.id)
    if (account?.kind === 'demo') void stopDemo()
    signOut()
    queryClient.clear()
    navigate('/sign-in', { replace: true })
  }, [queryClient, navigate])
}
