// Everything that varies by handler type, in one place. Icons live in ./icons.tsx and the zod
// rules in ./target-rules.ts so that the simulator can read this module without React or zod.
import type { MessageKey } from '../i18n/en'

export const HANDLER_TYPES = [
  'email',
  'webhook',
  'slack',
  'microsoft_teams',
  'google_chat',
  'internal_notification',
] as const

export type HandlerType = (typeof HANDLER_TYPES)[number]

/** What Conecto offers; other sites on the platform enable more. */
export const CONECTO_TYPES: readonly HandlerType[] = HANDLER_TYPES.slice(0, 6)

/** How a handler's target is shown in the table. */
export type TargetKind = 'email' | 'secret-url' | 'none'

/** The server silently cuts every settings value to this many characters. */
export const SETTING_MAX_LENGTH = 512

/** A host a URL may be on; `subdomains` also admits any name under it (`contoso.webhook.office.com`). */
export interface HostRule {
  host: string
  subdomains: boolean
  /** The path must start with this, when the host serves other things too. */
  pathPrefix?: string
}

export type TargetRule =
  | { kind: 'email' }
  | {
      kind: 'url'
      /** Where the service hands out its webhooks; absent for a webhook of the user's own. */
      hosts?: readonly HostRule[]
      hostError?: MessageKey
      /** URLs that still save but will probably not deliver, and the warning shown for them. */
      retired?: readonly HostRule[]
      retiredWarning?: MessageKey
    }

/** The one form field a type needs; its name is also the `settings` key the server stores it under. */
export interface TargetInput {
  kind: 'email' | 'url'
  maxLength: number
  rule: TargetRule
  label: MessageKey
  /** A language-neutral example shown as the placeholder. */
  example: string
}

export type HandlerTypeSpec =
  | {
      /** The form field and `settings` key that holds the target. */
      field: HandlerType
      target: 'email' | 'secret-url'
      input: TargetInput
      /** Shown under the field: where to find the value. */
      hint: MessageKey
    }
  | { field: null; target: 'none'; input: null; hint: MessageKey }

const urlRule = (rule: Omit<Extract<TargetRule, { kind: 'url' }>, 'kind'> = {}): TargetRule => ({
  kind: 'url',
  ...rule,
})

export const handlerTypes: Record<HandlerType, HandlerTypeSpec> = {
  email: {
    field: 'email',
    target: 'email',
    input: {
      kind: 'email',
      maxLength: SETTING_MAX_LENGTH,
      rule: { kind: 'email' },
      label: 'type.email.field',
      example: 'name@example.com',
    },
    hint: 'type.email.hint',
  },
  webhook: {
    field: 'webhook',
    target: 'secret-url',
    input: {
      kind: 'url',
      maxLength: SETTING_MAX_LENGTH,
      rule: urlRule(),
      label: 'type.webhook.field',
      example: 'https://example.com/hooks/conecto',
    },
    hint: 'type.webhook.hint',
  },
  slack: {
    field: 'slack',
    target: 'secret-url',
    input: {
      kind: 'url',
      maxLength: SETTING_MAX_LENGTH,
      rule: urlRule({
        hosts: [{ host: 'hooks.slack.com', subdomains: false }],
        hostError: 'type.slack.error.host',
      }),
      label: 'type.slack.field',
      example: 'https://hooks.slack.com/services/…',
    },
    hint: 'type.slack.hint',
  },
  microsoft_teams: {
    field: 'microsoft_teams',
    target: 'secret-url',
    input: {
      kind: 'url',
      maxLength: SETTING_MAX_LENGTH,
      rule: urlRule({
        hosts: [
          { host: 'webhook.office.com', subdomains: true },
          // Workflows (Power Automate), which replace the retired connectors.
          { host: 'logic.azure.com', subdomains: true },
          { host: 'api.powerplatform.com', subdomains: true },
        ],
        hostError: 'type.microsoft_teams.error.host',
        // Office 365 connector URLs Microsoft has retired: they may still exist on old handlers.
        retired: [
          { host: 'outlook.office.com', subdomains: false, pathPrefix: '/webhook' },
          { host: 'outlook.office365.com', subdomains: false, pathPrefix: '/webhook' },
        ],
        retiredWarning: 'type.microsoft_teams.retired',
      }),
      label: 'type.microsoft_teams.field',
      example: 'https://…webhook.office.com/webhookb2/…',
    },
    hint: 'type.microsoft_teams.hint',
  },
  google_chat: {
    field: 'google_chat',
    target: 'secret-url',
    input: {
      kind: 'url',
      maxLength: SETTING_MAX_LENGTH,
      rule: urlRule({
        hosts: [{ host: 'chat.googleapis.com', subdomains: false }],
        hostError: 'type.google_chat.error.host',
      }),
      label: 'type.google_chat.field',
      example: 'https://chat.googleapis.com/v1/spaces/…',
    },
    hint: 'type.google_chat.hint',
  },
  internal_notification: {
    field: null,
    target: 'none',
    input: null,
    hint: 'type.internal_notification.hint',
  },
}

export function isKnownType(type: string | null): type is HandlerType {
  return type !== null && Object.hasOwn(handlerTypes, type)
}
