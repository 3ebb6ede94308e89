import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { getAccounts, removeAccount, removeAllAccounts } from '../../session/accounts-store'

export interface SignOutOptions {
  /** Sign out of every account, not only the current one. */
  all?: boolean
  /** Where to come back to after signing in again. */
  returnTo?: string
}

/**
 * Signs out of the current account (or all): its key leaves storage, and with it its data leaves
 * memory (`useForgetRemovedAccounts`). Another signed-in account, if any, becomes current;
 * otherwise the user is back at sign-in.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(
    ({ all = false, returnTo }: SignOutOptions = {}) => {
      const { current } = getAccounts()
      if (all) {
        removeAllAccounts()
        queryClient.clear()
      } else if (current) {
        removeAccount(current.id)
      }
      if (getAccounts().current) {
        navigate('/handlers', { replace: true })
        return
      }
      queryClient.clear()
      navigate('/sign-in', { replace: true, state: returnTo ? { from: returnTo } : undefined })
    },
    [queryClient, navigate],
  )
}
