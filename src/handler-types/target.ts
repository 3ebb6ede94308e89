// A handler's target, by its type's entry in the registry: which setting holds it, what a save
// sends, and when two handlers send to the same place. Features ask here instead of reading the
// registry's fields, so that a new type is one entry.
import type { Handler } from '../api/types'
import { handlerTypes, isKnownType, type HandlerType, type TargetInput } from './registry'

type Sending = Pick<Handler, 'type' | 'settings'>

/** The `settings` key of a type's target; null for a type without one, or one not known here. */
export function targetField(type: string | null): HandlerType | null {
  return isKnownType(type) ? handlerTypes[type].field : null
}

/** The form field of a type's target; null for a type without one, or one not known here. */
export function targetInput(type: string | null): TargetInput | null {
  return isKnownType(type) ? handlerTypes[type].input : null
}

/** Whether a type sends to a target of its own: in-app handlers do not; an unknown type may. */
export function hasTarget(type: string | null): boolean {
  return !isKnownType(type) || handlerTypes[type].field !== null
}

/** Where a handler sends to, in full: its type's field, or an unknown type's first setting. */
export function targetValue({ type, settings }: Sending): string {
  if (isKnownType(type)) {
    const field = handlerTypes[type].field
    return field ? (settings[field] ?? '') : ''
  }
  return Object.values(settings).find((value) => value.trim() !== '') ?? ''
}

/** The settings a save sends for a type's target; none for a type that has no target. */
export function targetSettings(
  type: HandlerType,
  target: string | null,
): Record<string, string> | undefined {
  const field = handlerTypes[type].field
  return field && target !== null ? { [field]: target } : undefined
}

/**
 * What two handlers that send to the same place have in common: the target, an e-mail address in
 * any case; a secret URL is compared as it is. The findings' "same target used twice" and the
 * import's "already there" both ask this. Null where there is nothing to compare: no target, or a
 * type without one. Two in-app handlers are not duplicates: they carry no target, only a name.
 */
export function duplicateKey(type: string | null, target: string): string | null {
  const value = target.trim()
  if (value === '' || !hasTarget(type)) return null
  return isKnownType(type) && handlerTypes[type].target === 'email' ? value.toLowerCase() : value
}
