import { HANDLER_TYPES } from '../handler-types/registry'
import { jsonResponse } from './responses'
import type { Account } from './types'

/** The platform's `GET /api/user`; the documented dialect never routes here. */
export function showUser(account: Account): Response {
  const planSettings = Object.fromEntries(
    HANDLER_TYPES.map((type) => [
      `notification_handlers_${type}_limit`,
      account.limits[type] ?? -1,
    ]),
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
