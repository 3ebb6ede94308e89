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
  'discord',
  'telegram',
  'twilio',
  'twilio_call',
  'whatsapp',
] as const

export type HandlerType = (typeof HANDLER_TYPES)[number]

/** What Conecto offers; other sites on the platform enable more. */
export const CONECTO_TYPES: readonly HandlerType[] = HANDLER_TYPES.slice(0, 6)

/** The server silently cuts every settings value to this many characters. */
export const SETTING_MAX_LENGTH = 512

/** A host a URL may be on; `subdomains` also admits any name under it (`contoso.webhook.office.com`). */
export interface HostRule {
  host: string
  subdomains: boolean
  /** The path must start with this, when the host serves other things too. */
  pathPrefix?: string
  /** The whole path must look like this, where the service's URLs have a fixed shape. */
  path?: RegExp
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
  /** A value of a fixed shape: a phone number, a bot token, a chat id. */
  | { kind: 'pattern'; pattern: RegExp; error: MessageKey }

/** One setting a type needs: a form field, and the `settings` key the server stores it under. */
export interface TargetInput {
  name: string
  /** The input's type, which also picks the keyboard a phone shows. */
  kind: 'email' | 'url' | 'tel' | 'text'
  /** Whoever holds it can send in the owner's name: masked wherever it is shown. */
  secret: boolean
  /** Persian digits typed into it are sent as Latin ones: the services read only those. */
  digits: boolean
  maxLength: number
  rule: TargetRule
  label: MessageKey
  /** A language-neutral example shown as the placeholder. */
  example: string
}

export interface HandlerTypeSpec {
  /** The settings the type needs, in the form's order; none for in-app notifications. */
  fields: readonly TargetInput[]
  /** The setting that says where alerts go: the table's target. Null for a type without one. */
  target: string | null
  /** Shown under the fields: where to find the values. */
  hint: MessageKey
}

const urlRule = (rule: Omit<Extract<TargetRule, { kind: 'url' }>, 'kind'> = {}): TargetRule => ({
  kind: 'url',
  ...rule,
})

/** A setting stored under its type's own name. */
type OwnField = TargetInput & { name: Exclude<HandlerType, 'internal_notification' | 'telegram'> }

/** A service's webhook URL: whoever holds it can post to the channel, so it is a secret. */
function url(
  name: 'webhook' | 'slack' | 'microsoft_teams' | 'google_chat' | 'discord',
  example: string,
  rule: TargetRule = urlRule(),
): OwnField {
  const label = `type.${name}.field` as const
  return {
    name,
    kind: 'url',
    secret: true,
    digits: false,
    maxLength: SETTING_MAX_LENGTH,
    rule,
    label,
    example,
  }
}

/** A number in international form (E.164): a plus, then 8 to 15 digits, the first not 0. */
const PHONE: TargetRule = {
  kind: 'pattern',
  pattern: /^\+[1-9]\d{7,14}$/,
  error: 'form.error.phone',
}

function phone(name: 'twilio' | 'twilio_call' | 'whatsapp'): OwnField {
  const label = `type.${name}.field` as const
  const example = '+989121234567'
  return {
    name,
    kind: 'tel',
    secret: false,
    digits: true,
    maxLength: SETTING_MAX_LENGTH,
    rule: PHONE,
    label,
    example,
  }
}

/** A type whose one setting is under its own name, which is also the table's target. */
const single = (field: OwnField): HandlerTypeSpec => ({
  fields: [field],
  target: field.name,
  hint: `type.${field.name}.hint`,
})

export const handlerTypes: Record<HandlerType, HandlerTypeSpec> = {
  email: single({
    name: 'email',
    kind: 'email',
    secret: false,
    digits: false,
    maxLength: SETTING_MAX_LENGTH,
    rule: { kind: 'email' },
    label: 'type.email.field',
    example: 'name@example.com',
  }),
  webhook: single(url('webhook', 'https://example.com/hooks/conecto')),
  slack: single(
    url(
      'slack',
      'https://hooks.slack.com/services/…',
      urlRule({
        hosts: [{ host: 'hooks.slack.com', subdomains: false }],
        hostError: 'type.slack.error.host',
      }),
    ),
  ),
  microsoft_teams: single(
    url(
      'microsoft_teams',
      'https://…webhook.office.com/webhookb2/…',
      urlRule({
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
    ),
  ),
  google_chat: single(
    url(
      'google_chat',
      'https://chat.googleapis.com/v1/spaces/…',
      urlRule({
        hosts: [{ host: 'chat.googleapis.com', subdomains: false }],
        hostError: 'type.google_chat.error.host',
      }),
    ),
  ),
  internal_notification: { fields: [], target: null, hint: 'type.internal_notification.hint' },
  discord: single(
    url(
      'discord',
      'https://discord.com/api/webhooks/…',
      urlRule({
        // `/api/webhooks/{id}/{token}`, on the stable, PTB and canary hosts and the old domain.
        hosts: ['discord.com', 'discordapp.com'].map((host) => ({
          host,
          subdomains: true,
          path: /^\/api(\/v\d+)?\/webhooks\/\d+\/[\w-]+\/?$/,
        })),
        hostError: 'type.discord.error.host',
      }),
    ),
  ),
  telegram: {
    fields: [
      {
        name: 'telegram',
        kind: 'text',
        secret: true,
        digits: false,
        maxLength: SETTING_MAX_LENGTH,
        // The bot's number, a colon and its key, as @BotFather hands it out.
        rule: { kind: 'pattern', pattern: /^\d+:[\w-]{30,}$/, error: 'type.telegram.error' },
        label: 'type.telegram.field',
        example: '123456789:AAE…',
      },
      {
        name: 'telegram_chat_id',
        kind: 'text',
        secret: false,
        digits: true,
        maxLength: SETTING_MAX_LENGTH,
        // A chat's number (groups and channels are negative), or a public channel's @name.
        rule: {
          kind: 'pattern',
          pattern: /^(-?\d+|@[A-Za-z]\w{4,31})$/,
          error: 'type.telegram_chat_id.error',
        },
        label: 'type.telegram_chat_id.field',
        example: '-1001234567890',
      },
    ],
    target: 'telegram_chat_id',
    hint: 'type.telegram.hint',
  },
  twilio: single(phone('twilio')),
  twilio_call: single(phone('twilio_call')),
  whatsapp: single(phone('whatsapp')),
}

export function isKnownType(type: string | null): type is HandlerType {
  return type !== null && Object.hasOwn(handlerTypes, type)
}
