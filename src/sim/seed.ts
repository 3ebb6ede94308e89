// Deterministic seed data that puts every awkward case the dashboard must survive on the first
// pages: extra and corrupted types, Persian and emoji names, the longest name, pending and
// disabled handlers, retired and insecure URLs, and a duplicated target.

import { formatDatetime } from './datetime'
import { mulberry32, pick } from './prng'
import type { Random } from './prng'
import { specialDrafts } from './seed-specials'
import type { Draft } from './seed-specials'
import { settingsFor } from './seed-targets'
import type { StoredHandler } from './types'

export interface SeedOptions {
  seed?: number
  /** Clock in ms; creation times fall in the year before it. */
  now: number
  userId: number
  startId?: number
}

const NAMES: Record<string, readonly string[]> = {
  email: ['Work email', 'ایمیل مدیر فنی', 'On-call inbox', 'ایمیل واحد فروش', 'DevOps team', 'CTO'],
  webhook: ['Status page webhook', 'وب‌هوک پنل مدیریت', 'n8n workflow', 'Incident bot', 'Zapier'],
  slack: ['Slack #alerts', 'اسلک تیم زیرساخت', 'Slack #deploys', 'Slack #support'],
  microsoft_teams: ['Teams NOC', 'تیمز واحد عملیات', 'Teams – SRE'],
  google_chat: ['Google Chat – ops space', 'گوگل چت تیم محصول', 'Chat: releases'],
  internal_notification: ['In-app notifications', 'اعلان داخل پنل', 'Dashboard bell'],
  discord: ['Discord #status', 'دیسکورد سرور پشتیبانی'],
  telegram: ['Telegram channel', 'کانال تلگرام هشدارها'],
}
const SUFFIXES = ['production', 'staging', 'backup', 'شعبه تهران', 'night shift']
const ORDINARY_TYPES = [
  ...Array<string>(6).fill('email'),
  ...Array<string>(4).fill('webhook'),
  ...Array<string>(3).fill('slack'),
  'microsoft_teams',
  'microsoft_teams',
  'google_chat',
  'google_chat',
  'internal_notification',
  'internal_notification',
  'discord',
  'telegram',
]
const LEAD_TYPES = ['email', 'slack', 'webhook']

function ordinary(random: Random, type: string): Draft {
  const base = pick(random, NAMES[type] ?? [type])
  const name = random() < 0.3 ? `${base} (${pick(random, SUFFIXES)})` : base
  return { type, name, settings: settingsFor(random, type), is_enabled: random() < 0.15 ? 0 : 1 }
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

export function seedHandlers(count: number, options: SeedOptions): StoredHandler[] {
  const random = mulberry32(options.seed ?? 1)
  const startId = options.startId ?? 1
  const special = specialDrafts(random)
  // A few ordinary handlers first so that the top of page 1 looks like a normal account.
  const lead = Math.min(LEAD_TYPES.length, Math.floor(count / 4))
  const yearAgo = options.now - YEAR_MS
  const handlers: StoredHandler[] = []
  for (let i = 0; i < count; i++) {
    const draft =
      i < lead
        ? ordinary(random, LEAD_TYPES[i] ?? 'email')
        : (special[i - lead] ?? ordinary(random, pick(random, ORDINARY_TYPES)))
    // Creation times rise with the id, as they do in a real table.
    const created = Math.floor(yearAgo + ((i + random()) / count) * YEAR_MS)
    const room = options.now - created - 1000
    const changed =
      room > 0 && random() < 0.55 ? created + 1000 + Math.floor(random() * room) : null
    handlers.push({
      id: startId + i,
      user_id: options.userId,
      type: draft.type,
      name: draft.name,
      settings: draft.settings,
      is_enabled: draft.is_enabled ?? 1,
      datetime: formatDatetime(created),
      last_datetime: changed === null ? null : formatDatetime(changed),
    })
  }
  return handlers
}
