import { createApiClient, type ApiClient } from '../api/client'
import { API_BASE, useAccount, type Account } from './accounts-store'

// One client per account, so that each key keeps its own rate-limit budget.
const clients = new Map<string, { apiKey: string; client: ApiClient }>()

export function clientFor(account: Pick<Account, 'id' | 'kind' | 'apiKey'>): ApiClient {
  const known = clients.get(account.id)
  // A key replaced after it expired gets a client of its own.
  if (known && known.apiKey === account.apiKey) return known.client
  const client = createApiClient({ baseUrl: API_BASE[account.kind], apiKey: account.apiKey })
  clients.set(account.id, { apiKey: account.apiKey, client })
  return client
}

export function forgetClient(accountId: string) {
  clients.delete(accountId)
}

export interface AccountApi {
  account: Account
  client: ApiClient
}

/** The current account and its client; only for screens behind the sign-in guard. */
export function useAccountApi(): AccountApi {
  const account = useAccount()
  if (!account) throw new Error('useAccountApi needs a signed-in account')
  return { account, client: clientFor(account) }
}
