// A new key for an account whose key stopped working. It must be the same user's: a key of
// another account would show that account's handlers under this one's name, in its open form.
import type { QueryClient } from '@tanstack/react-query'
import { createApiClient, type ApiClient } from '../../api/client'
import { isApiError } from '../../api/errors'
import type { AccountProfile } from '../../api/types'
import { API_BASE, replaceKey, type Account } from '../../session/accounts-store'
import { accountKey, accountQueries } from '../../session/queries'
import { checkKey } from './check-key'

export class OtherAccountKeyError extends Error {
  override readonly name = 'OtherAccountKeyError'
}

/** How many of the account's handlers are read with the new key where nothing else can tell. */
const HANDLERS_TRIED = 3

export async function renewKey(queryClient: QueryClient, account: Account, apiKey: string) {
  const client = createApiClient({ baseUrl: API_BASE[account.kind], apiKey })
  const profile = await checkKey(client)
  if (!(await sameUser(queryClient, account, client, profile))) throw new OtherAccountKeyError()
  replaceKey(account.id, apiKey, profile?.id ?? undefined)
}

async function sameUser(
  queryClient: QueryClient,
  account: Account,
  client: ApiClient,
  profile: AccountProfile | null,
): Promise<boolean> {
  if (account.owner && profile?.id) return account.owner === profile.id
  const known = queryClient.getQueryData<AccountProfile | null>(
    accountQueries({ account, client }).profile().queryKey,
  )
  if (known?.id && profile?.id) return known.id === profile.id
  if (known?.email && profile?.email) {
    return known.email.toLowerCase() === profile.email.toLowerCase()
  }
  // A server without /api/user: a handler of the account is found with the new key only if it
  // is the same user's (another account's id answers 404).
  const ids = knownHandlerIds(queryClient, account).slice(0, HANDLERS_TRIED)
  for (const id of ids) {
    try {
      await client.getHandler(id, { rateLimitRetries: 0 })
      return true
    } catch (error) {
      if (!isApiError(error, 'not-found')) throw error
    }
  }
  // Nothing of the account is held here to tell them apart, and nothing to mix.
  return ids.length === 0
}

/** Handler ids from whatever the account has cached: lists hold `items`, a handler its `id`. */
function knownHandlerIds(queryClient: QueryClient, account: Account): number[] {
  const ids = new Set<number>()
  for (const [, data] of queryClient.getQueriesData<unknown>({
    queryKey: accountKey(account.id),
  })) {
    const items = (data as { items?: unknown } | undefined)?.items
    for (const item of Array.isArray(items) ? items : []) {
      const id = (item as { id?: unknown }).id
      if (typeof id === 'number') ids.add(id)
    }
  }
  return [...ids]
}
