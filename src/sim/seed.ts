// Deterministic seed data, from one of two corpora: `realistic`, what a real Conecto account
// holds (seed-realistic.ts), or `simple`, short plain names with each awkward case once
// (seed-simple.ts). The same seed and count always give the same handlers.

import { formatDatetime } from './datetime'
import { CONECTO_TYPES } from './platform-types'
import type { PlatformType } from './platform-types'
import { mulberry32 } from './prng'
import { realisticCorpus } from './seed-realistic'
import { simpleCorpus } from './seed-simple'
import type { Corpus, StoredHandler } from './types'

export interface SeedOptions {
  seed?: number
  /** Clock in ms; creation times fall in the year before it. */
  now: number
  userId: number
  startId?: number
  /** Realistic unless told otherwise. */
  corpus?: Corpus
  /** The types the site offers; the realistic corpus uses every one of them. */
  types?: readonly PlatformType[]
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

export function seedHandlers(count: number, options: SeedOptions): StoredHandler[] {
  const random = mulberry32(options.seed ?? 1)
  const startId = options.startId ?? 1
  const draftAt =
    options.corpus === 'simple'
      ? simpleCorpus(random, count)
      : realisticCorpus(random, options.types ?? CONECTO_TYPES)
  const yearAgo = options.now - YEAR_MS
  const handlers: StoredHandler[] = []
  for (let i = 0; i < count; i++) {
    const draft = draftAt(i)
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
