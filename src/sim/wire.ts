import type { Dialect, StoredHandler } from './types'

/** One handler as each dialect sends it. */
export function toWire(handler: StoredHandler, dialect: Dialect): Record<string, unknown> {
  if (dialect === 'platform') {
    return {
      id: handler.id,
      user_id: handler.user_id,
      type: handler.type,
      name: handler.name,
      settings: { ...handler.settings },
      is_enabled: handler.is_enabled,
      last_datetime: handler.last_datetime,
      datetime: handler.datetime,
    }
  }
  // The documented contract knows nothing of confirmation state, so it never leaks into settings.
  const settings = { ...handler.settings }
  delete settings.email_is_confirmed
  return {
    id: handler.id,
    type: handler.type,
    name: handler.name,
    settings,
    is_enabled: handler.is_enabled === 1,
    last_datetime: handler.last_datetime,
    datetime: handler.datetime,
  }
}
