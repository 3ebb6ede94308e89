// How the platform reads form input: no validation, just tag stripping, trimming and silent
// truncation, and PHP's loose integer cast for booleans.

import { handlerTypes, isKnownType } from '../handler-types/registry'

export const NAME_MAX = 128
export const SETTING_MAX = 512

/** Like PHP's strip_tags: an unclosed `<` swallows the rest of the string. */
function stripTags(value: string): string {
  return value.replace(/<!--[\s\S]*?(-->|$)/g, '').replace(/<[^>]*(>|$)/g, '')
}

/** mb_substr counts code points, so an emoji is one character and never gets split. */
function truncate(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length > max ? chars.slice(0, max).join('') : value
}

export function cleanValue(value: string, max: number): string {
  return truncate(stripTags(value).trim(), max)
}

/** PHP's `(int)`: a leading integer counts, anything else ("true", "on") is 0. */
export function phpInt(value: string): number {
  const match = /^\s*[+-]?\d+/.exec(value)
  return match ? Number.parseInt(match[0], 10) : 0
}

/** The settings keys an update may change. Extra types (telegram…) keep whatever keys they have. */
export function editableSettingKeys(
  type: string | null,
  settings: Record<string, string>,
): string[] {
  if (type === null) return []
  if (isKnownType(type)) {
    const field = handlerTypes[type].field
    return field ? [field] : []
  }
  const keys = new Set(
    Object.keys(settings).filter((key) => key !== '' && key !== 'email_is_confirmed'),
  )
  keys.add(type)
  return [...keys]
}

/** Settings of a newly created (or re-typed) handler. */
export function newSettings(
  type: string,
  fields: Record<string, string>,
  withConfirmation: boolean,
): Record<string, string> {
  const value = cleanValue(fields[type] ?? '', SETTING_MAX)
  if (isKnownType(type) && handlerTypes[type].field === null) return { [type]: '' }
  const settings: Record<string, string> = { [type]: value }
  // API-created e-mail handlers count as confirmed: the API sets is_enabled 1 for them too.
  if (type === 'email' && withConfirmation) settings.email_is_confirmed = '1'
  return settings
}
