// Two people, or two tabs, editing one handler: before a save the form reads the handler again and
// compares it with the copy it was opened with, field by field.
import type { Handler } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { settingsOf, targetValue } from '../../../handler-types/target'
import type { FormValues } from './form-schema'
import { isOn } from './form-values'

export type ConflictField = 'name' | 'type' | 'target' | 'enabled'

/** A setting besides the one the table shows (telegram's bot token) changed. */
function settingsDiffer(opened: Handler, server: Handler): boolean {
  const before = settingsOf(opened)
  return Object.entries(settingsOf(server)).some(([key, value]) => before[key] !== value)
}

/** The fields someone else changed since the form opened on `opened`. */
export function changedElsewhere(opened: Handler, server: Handler): ConflictField[] {
  const fields: ConflictField[] = []
  if (server.name !== opened.name) fields.push('name')
  if (server.type !== opened.type) fields.push('type')
  else if (targetValue(server) !== targetValue(opened) || settingsDiffer(opened, server)) {
    fields.push('target')
  }
  if (isOn(server) !== isOn(opened)) fields.push('enabled')
  return fields
}

/** The form's values with the server's taken for `fields`, and the user's kept for the rest. */
export function merged(
  values: FormValues,
  server: Handler,
  fields: readonly ConflictField[],
): FormValues {
  const next: FormValues = { ...values, targets: { ...values.targets } }
  const theirs = new Set(fields)
  if (theirs.has('name')) next.name = server.name
  if (theirs.has('enabled')) next.enabled = isOn(server)
  if ((theirs.has('type') || theirs.has('target')) && isKnownType(server.type)) {
    if (theirs.has('type')) next.type = server.type
    Object.assign(next.targets, settingsOf(server))
  }
  return next
}
