import type { ApiClient } from '../../api/client'
import type { AccountProfile } from '../../api/types'

export type KeyProblem = 'empty' | 'format'

// Platform keys are 32 hex characters; other builds may differ, so only rule out what cannot be a key.
const KEY_SHAPE = /^[A-Za-z0-9._~-]{8,256}$/

/** Trims what a paste brings along and rules out what cannot be a key, before any request. */
export function readKey(raw: string): { key: string } | { problem: KeyProblem } {
  const key = raw.trim()
  if (key === '') return { problem: 'empty' }
  if (!KEY_SHAPE.test(key)) return { problem: 'format' }
  return { key }
}

/**
 * Checks a key before the user gets in: `GET /api/user` where the server has it, else the
 * smallest list call. Resolves with the account's profile when the server tells it.
 */
export async function checkKey(client: ApiClient): Promise<AccountProfile | null> {
  const profile = await client.getProfile({ rateLimitRetries: 0 })
  if (profile) return profile
  await client.listHandlers({ page: 1, perPage: 10 }, { rateLimitRetries: 0 })
  return null
}
