// Between a handler as the server holds it and the form: what the form starts with, and what
// a save sends. Edit sends only what changed: some servers corrupt a handler sent its `type`.
import type { Handler, HandlerInput } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { settingsOf, targetInputs } from '../../../handler-types/target'
import type { Intended } from './compare-saved'
import { NAME_MAX_LENGTH } from '../handler-name'
import type { FormValues, SubmittedValues, ValidValues } from './form-schema'

export const emptyValues = (): FormValues => ({ name: '', type: '', enabled: true, targets: {} })

/** A pending e-mail handler is on: it sends once its owner confirms the address. */
export const isOn = (handler: Pick<Handler, 'status'>) => handler.status !== 'disabled'

export function valuesOf(handler: Handler): FormValues {
  const type = isKnownType(handler.type) ? handler.type : ''
  return {
    name: handler.name,
    type,
    enabled: isOn(handler),
    targets: settingsOf(handler),
  }
}

/** Cuts to `max` characters the way the server counts them, without splitting an emoji. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length > max ? chars.slice(0, max).join('') : value
}

/** A new handler pre-filled from another; `copyName` makes "Copy of …" in the user's language. */
export function copyValues(source: Handler, copyName: (name: string) => string): FormValues {
  return {
    ...valuesOf(source),
    name: truncate(copyName(source.name), NAME_MAX_LENGTH).trim(),
    enabled: true,
  }
}

export function createInput(values: ValidValues): HandlerInput {
  return {
    name: values.name,
    type: values.type,
    settings: sent(values.settings),
  }
}

/** Settings go on the wire only when the type has some. */
const sent = (settings: Record<string, string>) =>
  Object.keys(settings).length > 0 ? settings : undefined

/** Only the fields that differ from the handler as loaded; an unchanged type is never sent. */
export function editInput(original: Handler, values: SubmittedValues): HandlerInput {
  const input: HandlerInput = {}
  if (values.name !== original.name) input.name = values.name
  if (values.enabled !== isOn(original)) input.isEnabled = values.enabled
  if (!('type' in values) || !isKnownType(original.type)) return input
  if (values.type !== original.type) {
    input.type = values.type
    input.settings = sent(values.settings)
    return input
  }
  const changed = targetInputs(values.type).filter(
    ({ name }) => values.settings[name] !== (original.settings[name] ?? ''),
  )
  const settings = Object.fromEntries(changed.map(({ name }) => [name, values.settings[name]]))
  input.settings = sent(settings as Record<string, string>)
  return input
}

export const isEmptyInput = (input: HandlerInput) =>
  Object.values(input).every((value) => value === undefined)

/** The handler as the user means it after this save, to compare with what the server keeps. */
export function intendedOf(values: SubmittedValues, original: Handler | null): Intended {
  if (!('type' in values)) {
    return {
      name: values.name,
      type: original?.type ?? null,
      settings: {},
      enabled: values.enabled,
    }
  }
  return {
    name: values.name,
    type: values.type,
    settings: values.settings,
    enabled: original ? values.enabled : null,
  }
}
