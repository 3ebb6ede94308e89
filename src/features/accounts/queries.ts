import { queryOptions } from '@tanstack/react-query'
import type { AccountApi } from './account-api'

export function accountQueries({ account, client }: AccountApi) {
  const all = ['account', account.id] as const
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
