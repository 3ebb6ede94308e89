// Formatters for dates and numbers. Intl objects are costly to build, so each is made once
// per language and option set: a 1,000-row table formats 2,000 dates.

export type Language = 'en' | 'fa'

/** fa-IR gives the Persian calendar and Persian digits. */
export const LOCALES: Record<Language, string> = { en: 'en-US', fa: 'fa-IR' }

const cache = new Map<string, unknown>()

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined
  if (value === undefined) {
    value = make()
    cache.set(key, value)
  }
  return value
}

export function formatNumber(value: number, language: Language): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(LOCALES[language])).format(value)
}

export function formatDateTime(ms: number, language: Language, timeZone?: string): string {
  const format = cached(
    `d:${language}:${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone,
      }),
  )
  return format.format(ms)
}

const DAY = 24 * 3600
// Each unit with the age (in seconds) from which it is used: "11 months" reads better as "last year".
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['year', 365 * DAY, 320 * DAY],
  ['month', 30 * DAY, 26 * DAY],
  ['day', DAY, 22 * 3600],
  ['hour', 3600, 45 * 60],
  ['minute', 60, 45],
]

export function formatRelative(ms: number, now: number, language: Language): string {
  // A server whose clock is a little ahead dates a handler made a moment ago in the future: it
  // was made now, not "in 12 seconds".
  const seconds = Math.min(0, Math.round((ms - now) / 1000))
  for (const [unit, size, from] of UNITS) {
    if (Math.abs(seconds) >= from)
      return relative(Math.round(seconds / size) || Math.sign(seconds), unit, language)
  }
  return relative(Math.abs(seconds) < 10 ? 0 : seconds, 'second', language)
}

// A table's dates come to a few dozen texts ("last year", "3 months ago"): each is made once.
function relative(value: number, unit: Intl.RelativeTimeFormatUnit, language: Language): string {
  return cached(`r:${language}:${value}:${unit}`, () =>
    cached(
      `r:${language}`,
      () => new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' }),
    ).format(value, unit),
  )
}
