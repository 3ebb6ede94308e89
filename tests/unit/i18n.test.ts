import { describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/en'
import { fa } from '../../src/i18n/fa'
import { formatDateTime, formatNumber, formatRelative } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'

const placeholders = (message: unknown) =>
  [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('message catalogues', () => {
  it('have the same keys in English and Persian', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort())
  })

  it('have no empty message in either language', () => {
    for (const catalogue of [en, fa]) {
      for (const [key, message] of Object.entries(catalogue)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message)
        for (const text of texts) expect(text.trim(), key).not.toBe('')
      }
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fa[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('are actually translated, not copied', () => {
    const copied = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => !key.startsWith('language.') && JSON.stringify(en[key]) === JSON.stringify(fa[key]),
    )
    expect(copied).toEqual([])
  })
})

describe('translate', () => {
  it('fills placeholders and picks the plural form', () => {
    expect(translate('en', 'handlers.count', { count: 1 })).toBe('1 handler')
    expect(translate('en', 'handlers.count', { count: 1500 })).toBe('1,500 handlers')
  })

  it('writes numbers with Persian digits and isolates strings in Persian', () => {
    expect(translate('fa', 'handlers.count', { count: 25 })).toBe('۲۵ مقصد')
    expect(translate('fa', 'account.keyEnding', { last4: 'ab12' })).toContain('\u2068ab12\u2069')
  })

  it('isolates a right-to-left name inside English text, and only such a name', () => {
    expect(translate('en', 'handlers.delete.done', { name: 'هشدار' })).toBe(
      '“\u2068هشدار\u2069” was deleted.',
    )
    expect(translate('en', 'handlers.delete.done', { name: 'Ops' })).toBe('“Ops” was deleted.')
  })

  it('says one second, and several seconds', () => {
    expect(translate('en', 'error.rate-limited', { count: 1 })).toBe(
      'Too many requests for this key. Try again in 1 second.',
    )
    expect(translate('en', 'error.rate-limited', { count: 30 })).toBe(
      'Too many requests for this key. Try again in 30 seconds.',
    )
  })

  it('closes an isolate a name opens and never closes, so the sentence after it is outside', () => {
    expect(translate('en', 'handlers.delete.done', { name: 'کرمان \u2067API' })).toBe(
      '“\u2068کرمان \u2067API\u2069\u2069” was deleted.',
    )
    expect(translate('en', 'handlers.delete.done', { name: 'a\u2067b\u2069 \u2066c' })).toBe(
      '“\u2068a\u2067b\u2069 \u2066c\u2069\u2069” was deleted.',
    )
  })

  it('isolates a Latin name that carries a direction override, so the override ends with it', () => {
    expect(translate('en', 'handlers.delete.done', { name: 'Ops\u202eevil' })).toBe(
      '“\u2068Ops\u202eevil\u2069” was deleted.',
    )
  })
})

describe('formatters', () => {
  const moment = Date.UTC(2026, 10, 26, 12, 30) // 26 Nov 2026, 12:30 UTC

  it('show Persian dates in the Persian calendar', () => {
    expect(formatDateTime(moment, 'fa', 'Asia/Tehran')).toContain('۵ آذر ۱۴۰۵')
    expect(formatDateTime(moment, 'en', 'UTC')).toBe('Nov 26, 2026, 12:30 PM')
  })

  it('honour the time zone', () => {
    expect(formatDateTime(moment, 'en', 'Asia/Tehran')).toBe('Nov 26, 2026, 4:00 PM')
  })

  it('describe times relative to now', () => {
    const hour = 3600_000
    expect(formatRelative(moment - 3 * hour, moment, 'en')).toBe('3 hours ago')
    expect(formatRelative(moment - 40 * 24 * hour, moment, 'en')).toBe('last month')
    expect(formatRelative(moment - 3 * hour, moment, 'fa')).toBe('۳ ساعت پیش')
    expect(formatRelative(moment, moment, 'en')).toBe('now')
    expect(formatRelative(moment - 340 * 24 * hour, moment, 'en')).toBe('last year')
    expect(formatRelative(moment - 800 * 24 * hour, moment, 'en')).toBe('2 years ago')
    expect(formatRelative(moment - 50 * 60_000, moment, 'en')).toBe('1 hour ago')
    expect(formatRelative(moment - 30_000, moment, 'en')).toBe('30 seconds ago')
  })

  it('never describe a time in the future: a server clock a little ahead means now', () => {
    const moment = Date.UTC(2026, 4, 13, 12)
    expect(formatRelative(moment + 12_000, moment, 'en')).toBe('now')
    expect(formatRelative(moment + 90_000, moment, 'en')).toBe('now')
    expect(formatRelative(moment + 12_000, moment, 'fa')).toBe('اکنون')
  })

  it('format numbers per language', () => {
    expect(formatNumber(1234, 'fa')).toBe('۱٬۲۳۴')
    expect(formatNumber(1234, 'en')).toBe('1,234')
  })
})
