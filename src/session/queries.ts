import { queryOptions } from '@tanstack/react-query'
import type { AccountApi } from './account-api'

/** Every query key starts here, so that all of one account's data is one prefix. */
export const accountKey = (accountId: string) => ['account', accountId] as const

/** The account a query key belongs to. */
export function accountOfKey(queryKey: readonly unknown[]): string | null {
  return queryKey[0] === 'account' && typeof queryKey[1] === 'string' ? queryKey[1] : null
}

export function accountQueries({ account, client }: AccountApi) {
  const all = accountKey(account.id)
  return {
    all,
    /** The account's name and plan limits; null where the server has no `/api/user`. */
    profile: () =>
      queryOptions({
        queryKey: [...all, 'profile'] as const,
        queryFn: ({ signal }) => client.getProfile({ signal }),
        staleTime: 10 * 60_000,
      }),
  }
}
