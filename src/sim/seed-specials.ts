// The awkward cases, one handler each, that the simple corpus puts near the top of the first page.

import { NAME_MAX } from './form-values'
import type { Random } from './prng'
import type { Draft } from './seed-draft'
import * as target from './seed-targets'

function longName(): string {
  const text = 'Google Chat – weekly uptime digest for the infrastructure, payments, search and '
  const chars = Array.from(
    `${text}customer-support teams in Tehran, Shiraz, Tabriz and Mashhad offices`,
  )
  return chars.slice(0, NAME_MAX).join('')
}

export function specialDrafts(random: Random): Draft[] {
  const shared = target.slackUrl(random)
  return [
    { type: 'discord', name: 'Discord #status', settings: target.settingsFor(random, 'discord') },
    {
      type: 'telegram',
      name: 'ربات تلگرام مانیتورینگ',
      settings: target.settingsFor(random, 'telegram'),
    },
    { type: null, name: 'Old escalation channel', settings: { '': '' } },
    { type: 'webhook', name: 'هشدار سرور اصلی', settings: target.settingsFor(random, 'webhook') },
    {
      type: 'email',
      name: 'ایمیل تیم پشتیبانی',
      settings: { email: 'support@conecto-demo.ir', email_is_confirmed: '1' },
    },
    { type: 'slack', name: '🚨 On-call pager', settings: target.settingsFor(random, 'slack') },
    { type: 'google_chat', name: longName(), settings: target.settingsFor(random, 'google_chat') },
    {
      type: 'email',
      name: 'Finance inbox (awaiting confirmation)',
      settings: { email: 'finance@example.ir', email_is_confirmed: '0' },
      is_enabled: 2,
    },
    {
      type: 'microsoft_teams',
      name: 'Teams NOC (old connector)',
      settings: { microsoft_teams: target.retiredTeamsUrl(random) },
    },
    {
      type: 'microsoft_teams',
      name: 'Teams – SRE',
      settings: target.settingsFor(random, 'microsoft_teams'),
    },
    {
      type: 'webhook',
      name: 'Legacy intranet hook',
      settings: { webhook: 'http://monitor.intranet.example.com:8080/hooks/uptime' },
    },
    { type: 'slack', name: 'Slack #ops', settings: { slack: shared } },
    { type: 'slack', name: 'Slack #ops 📟 (copy)', settings: { slack: shared } },
    {
      type: 'webhook',
      name: 'Staging webhook (paused)',
      settings: target.settingsFor(random, 'webhook'),
      is_enabled: 0,
    },
    {
      type: 'internal_notification',
      name: 'اعلان داخل برنامه',
      settings: { internal_notification: '' },
    },
    {
      type: 'google_chat',
      name: 'گزارش روزانه 📊',
      settings: target.settingsFor(random, 'google_chat'),
      is_enabled: 0,
    },
  ]
}
