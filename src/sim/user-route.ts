import type { PlatformType } from './platform-types'
import { jsonResponse } from './responses'
import type { Account } from './types'

/**
 * The platform's `GET /api/user`; the documented dialect never routes here. The plan has one
 * limit for every type the site knows, whether or not the account's plan includes it.
 */
export function showUser(account: Account, site: readonly PlatformType[]): Response {
  const planSettings = Object.fromEntries(
    site.map((type) => [`notification_handlers_${type}_limit`, account.limits[type] ?? -1]),
  )
  return jsonResponse({
    data: {
      id: account.id,
      type: 'users',
      email: account.email,
      name: account.name,
      api_key: account.key,
      timezone: account.timezone,
      plan_settings: planSettings,
    },
  })
}
