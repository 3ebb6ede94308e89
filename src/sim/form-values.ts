// How the platform reads form input: no validation, just tag stripping, trimming and silent
// truncation, and PHP's loose integer cast for booleans.

import { isPlatformType, PLATFORM_TYPES } from './platform-types'

export const NAME_MAX = 128
export const SETTING_MAX = 512

/** Like PHP's strip_tags: an unclosed `<` swallows the rest of the string. */
function stripTags(value: string): string {
  return value.replace(/<!--[\s\S]*?(-->|$)/g, '').replace(/<[^>]*(>|$)/g, '')
}

/** mb_substr counts code points: a surrogate pair is never split, a ZWJ sequence may be. */
function truncate(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length > max ? chars.slice(0, max).join('') : value
}

/** PHP's trim: spaces, tabs, line breaks, NUL and vertical tab; zero-width characters stay. */
function phpTrim(value: string): string {
  return value.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '')
}

export function cleanValue(value: string, max: number): string {
  return truncate(phpTrim(stripTags(value)), max)
}

/** PHP's `(int)`: a leading integer counts, anything else ("true", "on") is 0. */
export function phpInt(value: string): number {
  const match = /^\s*[+-]?\d+/.exec(value)
  return match ? Number.parseInt(match[0], 10) : 0
}

/** The form fields a type reads; a type the platform does not know keeps one under its own name. */
function fieldsOf(type: string): readonly string[] {
  return isPlatformType(type) ? PLATFORM_TYPES[type] : [type]
}

/** The settings keys an update may change. A type unknown to the platform keeps whatever keys it has. */
export function editableSettingKeys(
  type: string | null,
  settings: Record<string, string>,
): readonly string[] {
  if (type === null) return []
  if (isPlatformType(type)) return PLATFORM_TYPES[type]
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
  const keys = fieldsOf(type)
  if (keys.length === 0) return { [type]: '' }
  const settings: Record<string, string> = {}
  for (const key of keys) settings[key] = cleanValue(fields[key] ?? '', SETTING_MAX)
  // API-created e-mail handlers count as confirmed: the API sets is_enabled 1 for them too.
  if (type === 'email' && withConfirmation) settings.email_is_confirmed = '1'
  return settings
}
