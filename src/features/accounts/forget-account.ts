// Whatever the dashboard holds for an account that is no longer signed in, however it went: a
// sign-out here, a key renewed, or a remembered account signed out in another tab.
import type { QueryClient } from '@tanstack/react-query'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { forgetClient } from '../../session/account-api'
import { accountsStore, type Account } from '../../session/accounts-store'
import { accountKey } from '../../session/queries'
import { stopDemo } from './demo'

/** Drops everything the dashboard holds for an account: its client, requests and cached data. */
function forgetAccountData(queryClient: QueryClient, account: Account) {
  forgetClient(account.id)
  if (account.kind === 'demo') void stopDemo()
  void queryClient.cancelQueries({ queryKey: accountKey(account.id) })
  queryClient.removeQueries({ queryKey: accountKey(account.id) })
  forgetKeyedMutations(queryClient, account.apiKey)
}

/**
 * A sign-in or a key renewal keeps the key it was given among its variables for as long as the
 * mutation is cached: it goes with the account.
 */
function forgetKeyedMutations(queryClient: QueryClient, apiKey: string) {
  const mutations = queryClient.getMutationCache()
  for (const mutation of mutations.getAll()) {
    if (JSON.stringify(mutation.state.variables ?? null).includes(apiKey))
      mutations.remove(mutation)
  }
}

/** Follows the accounts: one that leaves, or whose key is replaced, leaves nothing behind. */
export function useForgetRemovedAccounts() {
  const queryClient = useQueryClient()
  useEffect(() => {
    let before = accountsStore.get().accounts
    return accountsStore.subscribe(() => {
      const after = accountsStore.get().accounts
      for (const account of before) {
        const now = after.find((candidate) => candidate.id === account.id)
        if (!now) forgetAccountData(queryClient, account)
        else if (now.apiKey !== account.apiKey) forgetKeyedMutations(queryClient, account.apiKey)
      }
      before = after
    })
  }, [queryClient])
}
