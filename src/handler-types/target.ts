// A handler's target, by its type's entry in the registry: which settings hold it, what a save
// sends, and when two handlers send to the same place. Features ask here instead of reading the
// registry's fields, so that a new type is one entry.
import type { Handler } from '../api/types'
import { handlerTypes, isKnownType, type TargetInput } from './registry'

type Sending = Pick<Handler, 'type' | 'settings'>

/** The form fields of a type's settings; none for a type without any, or one not known here. */
export function targetInputs(type: string | null): readonly TargetInput[] {
  return isKnownType(type) ? handlerTypes[type].fields : []
}

/** The `settings` key the table shows as a type's target; null for a type without one. */
export function targetField(type: string | null): string | null {
  return isKnownType(type) ? handlerTypes[type].target : null
}

/** A setting's form field by its name, whichever type it belongs to. */
export function targetInput(name: string): TargetInput | null {
  for (const spec of Object.values(handlerTypes)) {
    const input = spec.fields.find((field) => field.name === name)
    if (input) return input
  }
  return null
}

/** Whether a type sends to a target of its own: in-app handlers do not; an unknown type may. */
export function hasTarget(type: string | null): boolean {
  return !isKnownType(type) || handlerTypes[type].target !== null
}

/** Where a handler sends to, in full: its type's target, or an unknown type's first setting. */
export function targetValue({ type, settings }: Sending): string {
  if (isKnownType(type)) {
    const field = handlerTypes[type].target
    return field ? (settings[field] ?? '') : ''
  }
  return Object.values(settings).find((value) => value.trim() !== '') ?? ''
}

/** The values of a type's settings as the server holds them, one per field, '' where missing. */
export function settingsOf({ type, settings }: Sending): Record<string, string> {
  const fields = targetInputs(type).map((field) => [field.name, settings[field.name] ?? ''])
  return Object.fromEntries(fields) as Record<string, string>
}

/**
 * What two handlers that send to the same place have in common: every setting of the type, an
 * e-mail address in any case; a secret is compared as it is. The findings' "same target used
 * twice" and the import's "already there" both ask this. Null where there is nothing to compare:
 * no target, or a type without one. Two in-app handlers are not duplicates: they carry no target.
 */
export function duplicateKey(handler: Sending): string | null {
  if (!hasTarget(handler.type) || targetValue(handler).trim() === '') return null
  if (!isKnownType(handler.type)) return targetValue(handler).trim()
  // A chat reached through two different bots is two destinations.
  const values = handlerTypes[handler.type].fields.map(({ name, kind }) => {
    const value = (handler.settings[name] ?? '').trim()
    return kind === 'email' ? value.toLowerCase() : value
  })
  return values.length === 1 ? values[0]! : JSON.stringify(values)
}
