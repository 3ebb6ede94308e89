import type { Handler } from '../api/types'
import { handlerTypes, isKnownType } from './registry'

export type MaskedTarget =
  { kind: 'email'; text: string } | { kind: 'secret'; text: string } | { kind: 'none' }

const VISIBLE_TAIL = 4

/** `https://hooks.slack.com/…a1b2`: enough to recognise a URL, not enough to use it. */
export function maskSecret(value: string): string {
  const tail = value.slice(-VISIBLE_TAIL)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && URL.canParse(value)) {
    const url = new URL(value)
    // The host alone: credentials and path are what make the URL a secret.
    if (url.host) return `${url.protocol}//${url.host}/…${tail}`
  }
  return `…${tail}`
}

/** What the table shows as a handler's destination, never a whole secret. */
export function maskTarget(handler: Pick<Handler, 'type' | 'settings'>): MaskedTarget {
  if (isKnownType(handler.type)) {
    const spec = handlerTypes[handler.type]
    const value = spec.field ? (handler.settings[spec.field] ?? '') : ''
    if (spec.target === 'none' || value === '') return { kind: 'none' }
    if (spec.target === 'email') return { kind: 'email', text: value }
    return { kind: 'secret', text: maskSecret(value) }
  }
  // An unknown type's settings may hold tokens: show only the masked first value.
  const first = Object.values(handler.settings).find((value) => value.trim() !== '')
  return first ? { kind: 'secret', text: maskSecret(first) } : { kind: 'none' }
}
