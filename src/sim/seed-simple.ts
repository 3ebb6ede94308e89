// The simple corpus: short names, mostly English, and every awkward case the dashboard must
// survive once, near the top of the first page. Tests that name its handlers rely on it.

import { pick } from './prng'
import type { Random } from './prng'
import type { DraftAt, Draft } from './seed-draft'
import { specialDrafts } from './seed-specials'
import { settingsFor } from './seed-targets'

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

export function simpleCorpus(random: Random, count: number): DraftAt {
  const special = specialDrafts(random)
  // A few ordinary handlers first so that the top of page 1 looks like a normal account.
  const lead = Math.min(LEAD_TYPES.length, Math.floor(count / 4))
  return (i) =>
    i < lead
      ? ordinary(random, LEAD_TYPES[i] ?? 'email')
      : (special[i - lead] ?? ordinary(random, pick(random, ORDINARY_TYPES)))
}
