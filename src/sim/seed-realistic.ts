// The realistic corpus, the default: what a Conecto account holds. Names mostly in Persian
// (seed-names.ts), long service URLs (seed-real-targets.ts), every type the site offers in
// proportions seen in use, now and then a type it does not offer or a `null` type; pending
// e-mails and about 15% disabled; and the rows of seed-real-specials.ts among the first pages.

import { ALL_TYPES } from './platform-types'
import type { PlatformType } from './platform-types'
import type { Random } from './prng'
import type { Draft, DraftAt } from './seed-draft'
import { realisticName } from './seed-names'
import { realisticSettings } from './seed-real-targets'
import { FOREIGN_TYPE, realisticSpecials } from './seed-real-specials'

/** How common each type is where the site offers it. */
const WEIGHTS: Record<PlatformType, number> = {
  email: 30,
  webhook: 20,
  slack: 15,
  microsoft_teams: 9,
  google_chat: 9,
  internal_notification: 6,
  discord: 4,
  telegram: 4,
  twilio: 3,
  twilio_call: 2,
  whatsapp: 3,
  x: 1,
  push_subscriber_id: 2,
}
/** A type the site no longer offers, left over from when it did. */
const LEFTOVER_WEIGHT = 0.3
/** Corrupted by the update that wipes the type, or a type unknown to the platform. */
const NULL_WEIGHT = 0.5
const FOREIGN_WEIGHT = 0.2

/** The specials go at every third row from the fifth, after a few ordinary ones. */
const FIRST_SPECIAL = 4
const SPECIAL_EVERY = 3

type Entry = [type: string | null, weight: number]

function typeTable(site: readonly PlatformType[]): Entry[] {
  const entries: Entry[] = ALL_TYPES.map((type) => [
    type,
    site.includes(type) ? WEIGHTS[type] : LEFTOVER_WEIGHT,
  ])
  return [...entries, [null, NULL_WEIGHT], [FOREIGN_TYPE, FOREIGN_WEIGHT]]
}

function weightedPick(random: Random, entries: Entry[]): string | null {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
  let left = random() * total
  for (const [type, weight] of entries) {
    left -= weight
    if (left < 0) return type
  }
  return entries[0]![0]
}

function ordinary(random: Random, type: string | null): Draft {
  const name = realisticName(random, type ?? 'webhook')
  if (type === null) return { type, name, settings: { '': '' }, is_enabled: random() < 0.5 ? 0 : 1 }
  const settings = realisticSettings(random, type)
  if (type === 'email' && random() < 0.06) {
    return { type, name, settings: { ...settings, email_is_confirmed: '0' }, is_enabled: 2 }
  }
  return { type, name, settings, is_enabled: random() < 0.15 ? 0 : 1 }
}

export function realisticCorpus(random: Random, site: readonly PlatformType[]): DraftAt {
  const specials = realisticSpecials(random, site)
  const table = typeTable(site)
  let ordinaries = 0
  return (i) => {
    const slot = (i - FIRST_SPECIAL) / SPECIAL_EVERY
    const special = Number.isInteger(slot) ? specials[slot] : undefined
    if (special) return special
    // The first ordinary rows show every type the site offers once, in the site's order.
    const type = site[ordinaries] ?? weightedPick(random, table)
    ordinaries++
    return ordinary(random, type)
  }
}
