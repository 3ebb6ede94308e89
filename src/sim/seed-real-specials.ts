// The rows of the realistic corpus that must be on its first pages, not left to chance: hostile
// names and targets, a pending e-mail, a corrupted and an unknown type, types the site no longer
// offers, a retired Teams URL, plain http and a target shared by two handlers.

import { NAME_MAX, SETTING_MAX } from './form-values'
import type { PlatformType } from './platform-types'
import { HEX, pick, randomString } from './prng'
import type { Random } from './prng'
import type { Draft } from './seed-draft'
import { realisticSettings, withQuery } from './seed-real-targets'
import * as target from './seed-targets'

/** Nothing but direction controls, none of them closed. */
const BIDI_ONLY_NAME = '\u202E\u2067\u202B\u200F\u2069\u202B'
/** Looks empty, but the server keeps it: PHP's trim takes only spaces and control characters. */
const ZERO_WIDTH_NAME = '\u200B\u200C\u200D\u2060\uFEFF'
/** A type the platform does not know either, from a newer version or a plugin. */
export const FOREIGN_TYPE = 'pushover'

/** One code point each, so that 128 of them are exactly at the limit. */
const SINGLE_EMOJI = ['🚨', '🔥', '📟', '📊', '✅', '🔔', '💳', '🤖', '🌙', '🧯', '📉', '📈']

function emojiName(random: Random): string {
  return Array.from({ length: NAME_MAX }, () => pick(random, SINGLE_EMOJI)).join('')
}

/** 512 characters, a query string straight after the host. */
function slashlessUrl(random: Random): string {
  const head = `https://alerts.example.ir?token=${randomString(random, HEX, 40)}&signature=`
  return head + randomString(random, HEX, SETTING_MAX - head.length)
}

/** The extra types an old account may still hold after its site stopped offering them. */
const LEFTOVERS: readonly PlatformType[] = ['discord', 'telegram']

export function realisticSpecials(random: Random, site: readonly PlatformType[]): Draft[] {
  const shared = realisticSettings(random, 'slack')
  const leftovers = LEFTOVERS.filter((type) => !site.includes(type)).map((type) => ({
    type,
    name: type === 'discord' ? 'دیسکورد سرور پشتیبانی' : 'ربات تلگرام مانیتورینگ',
    settings: realisticSettings(random, type),
  }))
  return [
    { type: 'slack', name: BIDI_ONLY_NAME, settings: realisticSettings(random, 'slack') },
    { type: 'webhook', name: emojiName(random), settings: realisticSettings(random, 'webhook') },
    {
      type: 'email',
      name: 'ایمیل واحد مالی (در انتظار تأیید)',
      settings: { email: 'finance@example.ir', email_is_confirmed: '0' },
      is_enabled: 2,
    },
    {
      type: 'google_chat',
      name: ZERO_WIDTH_NAME,
      settings: realisticSettings(random, 'google_chat'),
    },
    { type: null, name: 'کانال قدیمی هشدارها', settings: { '': '' } },
    { type: 'webhook', name: 'وب‌هوک سامانه قدیمی', settings: { webhook: slashlessUrl(random) } },
    {
      type: FOREIGN_TYPE,
      name: 'Pushover – مدیر فنی',
      settings: realisticSettings(random, FOREIGN_TYPE),
    },
    ...leftovers,
    {
      type: 'microsoft_teams',
      name: 'تیمز واحد عملیات (کانکتور قدیمی)',
      settings: { microsoft_teams: withQuery(random, target.retiredTeamsUrl(random)) },
    },
    {
      type: 'webhook',
      name: 'Legacy intranet hook',
      settings: {
        webhook: withQuery(random, 'http://monitor.intranet.example.com:8080/hooks/uptime'),
      },
    },
    { type: 'slack', name: 'اسلک #عملیات', settings: shared },
    { type: 'slack', name: 'اسلک #عملیات (کپی) 📟', settings: { ...shared } },
  ]
}
