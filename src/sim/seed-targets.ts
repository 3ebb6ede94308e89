// Realistic-looking targets for seed data. The secrets are random, but shaped like the real
// services' URLs so that masking and host checks in the dashboard meet what they will in use.

import { ALNUM, DIGITS, HEX, pick, randomInt, randomString, UPPER_ALNUM, URL_SAFE } from './prng'
import type { Random } from './prng'

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A version-4 UUID, the shape Teams and n8n put in their URLs. */
export function guid(random: Random): string {
  const part = (n: number) => randomString(random, HEX, n)
  const variant = pick(random, ['8', '9', 'a', 'b'])
  return `${part(8)}-${part(4)}-4${part(3)}-${variant}${part(3)}-${part(12)}`
}

export function slackUrl(random: Random): string {
  const team = randomString(random, UPPER_ALNUM, 8)
  const bot = randomString(random, UPPER_ALNUM, 10)
  return `https://hooks.slack.com/services/T${team}/B${bot}/${randomString(random, ALNUM, 24)}`
}

export function googleChatUrl(random: Random): string {
  const space = `AAAA${randomString(random, ALNUM, 7)}`
  const key = `AIzaSy${randomString(random, URL_SAFE, 33)}`
  const token = randomString(random, URL_SAFE, 43)
  return `https://chat.googleapis.com/v1/spaces/${space}/messages?key=${key}&token=${token}`
}

function teamsPath(random: Random): string {
  const hex = randomString(random, HEX, 32)
  return `${guid(random)}@${guid(random)}/IncomingWebhook/${hex}/${guid(random)}`
}

export function teamsUrl(random: Random): string {
  const tenant = pick(random, ['contoso', 'fabrikam', 'novinco', 'arvan-ops'])
  return `https://${tenant}.webhook.office.com/webhookb2/${teamsPath(random)}`
}

/** The connector host Microsoft retired; handlers pointing there no longer deliver. */
export function retiredTeamsUrl(random: Random): string {
  return `https://outlook.office.com/webhook/${teamsPath(random)}`
}

export function webhookUrl(random: Random): string {
  switch (randomInt(random, 0, 3)) {
    case 0:
      return `https://api.example.com/hooks/uptime/${randomString(random, HEX, 16)}`
    case 1:
      return `https://n8n.example.ir/webhook/${guid(random)}`
    case 2:
      return `https://hooks.zapier.com/hooks/catch/${randomString(random, DIGITS, 7)}/${randomString(random, LOWER_ALNUM, 6)}/`
    default:
      return `https://status.example.org/api/incidents?token=${randomString(random, ALNUM, 20)}`
  }
}

export function discordUrl(random: Random): string {
  const id = randomString(random, DIGITS, 19)
  return `https://discord.com/api/webhooks/${id}/${randomString(random, URL_SAFE, 68)}`
}

export function telegramToken(random: Random): string {
  return `${randomString(random, DIGITS, 10)}:AA${randomString(random, URL_SAFE, 33)}`
}

export function telegramChatId(random: Random): string {
  return `-100${randomString(random, DIGITS, 10)}`
}

const MAILBOXES = [
  'ops',
  'alerts',
  'support',
  'noc',
  'sara.ahmadi',
  'reza.karimi',
  'm.hosseini',
  'it',
]
const DOMAINS = ['example.com', 'example.ir', 'conecto-demo.ir', 'mail.example.org']

export function emailAddress(random: Random): string {
  const suffix = random() < 0.3 ? String(randomInt(random, 2, 99)) : ''
  return `${pick(random, MAILBOXES)}${suffix}@${pick(random, DOMAINS)}`
}

/** A plausible target for each type, in the keys the platform stores. */
export function settingsFor(random: Random, type: string): Record<string, string> {
  switch (type) {
    case 'email':
      return { email: emailAddress(random), email_is_confirmed: '1' }
    case 'webhook':
      return { webhook: webhookUrl(random) }
    case 'slack':
      return { slack: slackUrl(random) }
    case 'microsoft_teams':
      return { microsoft_teams: teamsUrl(random) }
    case 'google_chat':
      return { google_chat: googleChatUrl(random) }
    case 'discord':
      return { discord: discordUrl(random) }
    case 'telegram':
      return {
        telegram: telegramToken(random),
        telegram_chat_id: telegramChatId(random),
      }
    default:
      return { [type]: '' }
  }
}
