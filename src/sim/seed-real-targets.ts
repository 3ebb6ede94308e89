// Targets as real accounts hold them: service URLs of 200 to 512 characters whose query strings
// carry tokens, tracking and signatures; phone numbers in international form; X's four keys.

import { SETTING_MAX } from './form-values'
import { ALNUM, DIGITS, HEX, pick, randomInt, randomString, URL_SAFE } from './prng'
import type { Random } from './prng'
import * as target from './seed-targets'

const LONG_URL_MIN = 200

const MEDIA = ['webhook', 'alert', 'monitor', 'status']
const CAMPAIGNS = ['uptime-alerts', 'incident-1405', 'status-page', 'on-call', 'sla-report']

/** The base with a query string, its signature as long as it takes to reach 200 to 512 characters. */
export function withQuery(random: Random, base: string): string {
  const length = randomInt(random, LONG_URL_MIN, SETTING_MAX)
  const tracking = `utm_source=conecto&utm_medium=${pick(random, MEDIA)}&utm_campaign=${pick(random, CAMPAIGNS)}`
  const token = `token=${randomString(random, ALNUM, 32)}`
  const query = random() < 0.5 ? `${tracking}&${token}` : `${token}&${tracking}`
  const head = `${base}${base.includes('?') ? '&' : '?'}${query}&signature=`
  return head + randomString(random, HEX, Math.max(16, length - head.length))
}

function webhookBase(random: Random): string {
  const scheme = random() < 0.04 ? 'http' : 'https'
  return [
    () =>
      `${scheme}://api.${pick(random, ['example.com', 'example.ir', 'shop.example.ir'])}/v1/hooks/uptime/${randomString(random, HEX, 16)}`,
    () => `${scheme}://n8n.example.ir/webhook/${target.guid(random)}`,
    () =>
      `${scheme}://hooks.zapier.com/hooks/catch/${randomString(random, DIGITS, 7)}/${randomString(random, ALNUM, 6).toLowerCase()}/`,
    () => `${scheme}://hook.eu1.make.com/${randomString(random, ALNUM, 32).toLowerCase()}`,
    () =>
      `${scheme}://${randomString(random, ALNUM, 10).toLowerCase()}.execute-api.eu-central-1.amazonaws.com/prod/alerts`,
  ][randomInt(random, 0, 4)]!()
}

function teamsBase(random: Random): string {
  const kind = random()
  if (kind < 0.05) return target.retiredTeamsUrl(random)
  if (kind < 0.2) {
    const region = pick(random, ['westeurope', 'northeurope', 'uaenorth'])
    return `https://prod-${randomInt(random, 10, 99)}.${region}.logic.azure.com:443/workflows/${randomString(random, HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${randomString(random, URL_SAFE, 43)}`
  }
  return `${target.teamsUrl(random)}/V2${randomString(random, URL_SAFE, 45)}`
}

function googleChatBase(random: Random): string {
  const url = target.googleChatUrl(random)
  if (random() < 0.5) return url
  return `${url}&threadKey=${randomString(random, ALNUM, 12)}&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD`
}

function discordBase(random: Random): string {
  const url = target.discordUrl(random)
  return random() < 0.3 ? url.replace('https://discord.com/', 'https://discordapp.com/') : url
}

const URL_BASES: Record<string, (random: Random) => string> = {
  webhook: webhookBase,
  slack: target.slackUrl,
  microsoft_teams: teamsBase,
  google_chat: googleChatBase,
  discord: discordBase,
}

/** A phone number in international form, as Twilio and WhatsApp take it. */
export function phoneNumber(random: Random): string {
  const prefix = pick(random, ['+98912', '+98935', '+98901', '+49151', '+90532', '+97150'])
  return `${prefix}${randomString(random, DIGITS, 7)}`
}

/** A plausible target for each type, in the keys the platform stores. */
export function realisticSettings(random: Random, type: string): Record<string, string> {
  const base = URL_BASES[type]
  if (base) return { [type]: withQuery(random, base(random)) }
  switch (type) {
    case 'email':
      return { email: target.emailAddress(random), email_is_confirmed: '1' }
    case 'internal_notification':
      return { internal_notification: '' }
    case 'telegram':
      return {
        telegram: target.telegramToken(random),
        telegram_chat_id: target.telegramChatId(random),
      }
    case 'twilio':
    case 'twilio_call':
    case 'whatsapp':
      return { [type]: phoneNumber(random) }
    case 'x':
      return {
        x_consumer_key: randomString(random, ALNUM, 25),
        x_consumer_secret: randomString(random, ALNUM, 50),
        x_access_token: `${randomString(random, DIGITS, 19)}-${randomString(random, ALNUM, 30)}`,
        x_access_token_secret: randomString(random, ALNUM, 45),
      }
    case 'push_subscriber_id':
      return { push_subscriber_id: String(randomInt(random, 1000, 999_999)) }
    default:
      return { [type]: randomString(random, ALNUM, 30) }
  }
}
