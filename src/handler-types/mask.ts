import type { Handler } from '../api/types'
import { isKnownType } from './registry'
import { targetField, targetInput, targetValue } from './target'

export type MaskedTarget =
  | { kind: 'email'; text: string }
  | { kind: 'plain'; text: string }
  | { kind: 'secret'; text: string }
  | { kind: 'none' }

const VISIBLE_TAIL = 4

/** `https://hooks.slack.com/…a1b2`: enough to recognise a URL, not enough to use it. */
export function maskSecret(value: string): string {
  const tail = value.slice(-VISIBLE_TAIL)
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? parsedUrl(value) : null
  // The host alone: credentials and path are what make the URL a secret.
  if (url?.host) return `${url.protocol}//${url.host}/…${tail}`
  return `…${tail}`
}

/** One parse, where `canParse` and then `new URL` was two: a table masks a thousand of them. */
function parsedUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** A type's target as the screen shows it, never a whole secret. */
export function maskValue(type: string | null, value: string): MaskedTarget {
  if (value === '') return { kind: 'none' }
  // An unknown type's settings may hold tokens: they are masked like a secret URL.
  if (!isKnownType(type)) return { kind: 'secret', text: maskSecret(value) }
  const field = targetField(type)
  const input = field ? targetInput(field) : null
  if (!input) return { kind: 'none' }
  if (input.secret) return { kind: 'secret', text: maskSecret(value) }
  return { kind: input.kind === 'email' ? 'email' : 'plain', text: value }
}

/** What the table shows as a handler's destination. */
export function maskTarget(handler: Pick<Handler, 'type' | 'settings'>): MaskedTarget {
  return maskValue(handler.type, targetValue(handler))
}
