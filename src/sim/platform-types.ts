// The platform's handler types and the form fields each one reads into `settings`, written from
// the API's documentation and the platform's source, not taken from the dashboard: a test server
// that shares the client's assumptions cannot catch them.

export const PLATFORM_TYPES = {
  email: ['email'],
  webhook: ['webhook'],
  slack: ['slack'],
  microsoft_teams: ['microsoft_teams'],
  google_chat: ['google_chat'],
  // Reads no field; the platform still stores an empty value under the type's name.
  internal_notification: [],
  discord: ['discord'],
  telegram: ['telegram', 'telegram_chat_id'],
  twilio: ['twilio'],
  twilio_call: ['twilio_call'],
  whatsapp: ['whatsapp'],
  x: ['x_consumer_key', 'x_consumer_secret', 'x_access_token', 'x_access_token_secret'],
  push_subscriber_id: ['push_subscriber_id'],
} as const satisfies Record<string, readonly string[]>

export type PlatformType = keyof typeof PLATFORM_TYPES

export const ALL_TYPES = Object.keys(PLATFORM_TYPES) as PlatformType[]

/** What Conecto offers; other sites on the platform enable more. */
export const CONECTO_TYPES: readonly PlatformType[] = [
  'email',
  'webhook',
  'slack',
  'microsoft_teams',
  'google_chat',
  'internal_notification',
]

export function isPlatformType(type: string | null): type is PlatformType {
  return type !== null && Object.hasOwn(PLATFORM_TYPES, type)
}

/** Whether the site offers this type: only those can be created. */
export function offers(site: readonly PlatformType[], type: string): type is PlatformType {
  return (site as readonly string[]).includes(type)
}
