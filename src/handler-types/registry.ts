// Everything that varies by handler type, in one place. Icons live in ./icons.tsx so that
// the simulator can read this module without pulling in React.

export const HANDLER_TYPES = [
  'email',
  'webhook',
  'slack',
  'microsoft_teams',
  'google_chat',
  'internal_notification',
] as const

export type HandlerType = (typeof HANDLER_TYPES)[number]

/** How a handler's target is shown in the table. */
export type TargetKind = 'email' | 'secret-url' | 'none'

export interface HandlerTypeSpec {
  /** The form field and `settings` key that holds the target; null when the type needs none. */
  field: HandlerType | null
  target: TargetKind
  /** Hosts a URL of this type must be on, when the service dictates them. */
  hosts?: readonly string[]
}

export const handlerTypes: Record<HandlerType, HandlerTypeSpec> = {
  email: { field: 'email', target: 'email' },
  webhook: { field: 'webhook', target: 'secret-url' },
  slack: { field: 'slack', target: 'secret-url', hosts: ['hooks.slack.com'] },
  microsoft_teams: {
    field: 'microsoft_teams',
    target: 'secret-url',
    hosts: ['webhook.office.com', 'logic.azure.com', 'outlook.office.com'],
  },
  google_chat: { field: 'google_chat', target: 'secret-url', hosts: ['chat.googleapis.com'] },
  internal_notification: { field: null, target: 'none' },
}

export function isKnownType(type: string | null): type is HandlerType {
  return type !== null && Object.hasOwn(handlerTypes, type)
}
