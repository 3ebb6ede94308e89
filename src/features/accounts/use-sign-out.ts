import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { accountKey } from '../../session/queries'
import { forgetClient } from '../../session/account-api'
import {
  getAccounts,
  removeAccount,
  removeAllAccounts,
  type Account,
} from '../../session/accounts-store'
import { stopDemo } from './demo'

/** Drops everything the dashboard holds for an account: its client, requests and cached data. */
export function forgetAccountData(queryClient: QueryClient, account: Account) {
  forgetClient(account.id)
  if (account.kind === 'demo') void stopDemo()
  void queryClient.cancelQueries({ queryKey: accountKey(account.id) })
  queryClient.removeQueries({ queryKey: accountKey(account.id) })
}

export interface SignOutOptions {
  /** Sign out of every account, not only the current one. */
  all?: boolean
  /** Where to come back to after signing in again. */
  returnTo?: string
}

/**
 * Signs out of the current account (or all): its key leaves storage and its data leaves memory.
 * Another signed-in account, if any, becomes current; otherwise the user is back at sign-in.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(
    ({ all = false, returnTo }: SignOutOptions = {}) => {
      const { accounts, current } = getAccounts()
      const leaving = all ? accounts : accounts.filter((account) => account === current)
      for (const account of leaving) forgetAccountData(queryClient, account)
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
