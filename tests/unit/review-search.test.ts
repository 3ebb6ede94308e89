import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import { computeFindings } from '../../src/features/handlers/review/findings'
import { normalizeText, searchTerms } from '../../src/features/handlers/review/normalize'
import {
  filterHandlers,
  sortHandlers,
  typesIn,
  type ReviewFilters,
} from '../../src/features/handlers/review/view'

let nextId = 1
function handler(part: Partial<Handler> & Pick<Handler, 'name'>): Handler {
  return {
    id: nextId++,
    type: 'email',
    settings: { email: `h${nextId}@example.com` },
    status: 'enabled',
    createdAt: Date.UTC(2026, 0, 1),
    updatedAt: null,
    ...part,
  }
}

const none: ReviewFilters = { q: '', type: null, status: null, finding: [] }
const names = (handlers: readonly Handler[]) => handlers.map((h) => h.name)

describe('normalizeText', () => {
  it('spells Arabic-keyboard letters the Persian way', () => {
    expect(normalizeText('كيف')).toBe(normalizeText('کیف'))
    expect(normalizeText('علي')).toBe('علی')
    expect(normalizeText('مدرسة')).toBe('مدرسه')
  })

  it('ignores zero-width non-joiners, direction marks, the tatweel and diacritics', () => {
    expect(normalizeText('می‌شود')).toBe('میشود')
    expect(normalizeText('\u200fسلام\u200e')).toBe('سلام')
    expect(normalizeText('ســلام')).toBe('سلام')
    expect(normalizeText('مُحَمَّد')).toBe('محمد')
    expect(normalizeText('Café ÉTÉ')).toBe('cafe ete')
    expect(normalizeText('خانۀ')).toBe(normalizeText('خانه'))
  })

  it('reads Persian and Arabic digits as Latin ones, and collapses spaces', () => {
    expect(normalizeText('شعبه ۱۲ و ٣')).toBe('شعبه 12 و 3')
    expect(normalizeText('  a \t b  ')).toBe('a b')
  })

  it('splits a search into words', () => {
    expect(searchTerms('  Slack   OPS ')).toEqual(['slack', 'ops'])
    expect(searchTerms('   ')).toEqual([])
  })
})

describe('filterHandlers', () => {
  const ops = handler({
    name: 'Slack #ops',
    type: 'slack',
    settings: { slack: 'https://hooks.slack.com/services/T1/B2/ABC' },
  })
  const persian = handler({ name: 'ایمیل مدیر فنی', settings: { email: 'cto@example.ir' } })
  const zwnj = handler({
    name: 'وب‌هوک پنل',
    type: 'webhook',
    settings: { webhook: 'https://example.com/h' },
    status: 'disabled',
  })
  const xHandler = handler({
    name: 'Bot',
    type: 'x',
    settings: { x_consumer_key: '123:tok', x_access_token: '9' },
  })
  const lost = handler({ name: 'Lost', type: null, settings: { '': '' } })
  const pending = handler({
    name: 'New inbox',
    settings: { email: 'new@example.com' },
    status: 'pending',
  })
  const all = [ops, persian, zwnj, xHandler, lost, pending]

  it('matches name and target, ignoring case, in any order of words', () => {
    expect(names(filterHandlers(all, { ...none, q: 'SLACK' }, null))).toEqual(['Slack #ops'])
    expect(names(filterHandlers(all, { ...none, q: 'ops slack' }, null))).toEqual(['Slack #ops'])
    expect(names(filterHandlers(all, { ...none, q: 'hooks.slack.com' }, null))).toEqual([
      'Slack #ops',
    ])
    expect(names(filterHandlers(all, { ...none, q: 'example.ir' }, null))).toEqual([
      'ایمیل مدیر فنی',
    ])
    expect(filterHandlers(all, { ...none, q: 'nothing-like-this' }, null)).toEqual([])
  })

  it('finds Persian typed on an Arabic keyboard, and with or without a non-joiner', () => {
    expect(names(filterHandlers(all, { ...none, q: 'مدير' }, null))).toEqual(['ایمیل مدیر فنی'])
    expect(names(filterHandlers(all, { ...none, q: 'وبهوک' }, null))).toEqual(['وب‌هوک پنل'])
    expect(names(filterHandlers(all, { ...none, q: 'وب‌هوک' }, null))).toEqual(['وب‌هوک پنل'])
  })

  it('filters by type, including types it does not know and a lost type', () => {
    expect(names(filterHandlers(all, { ...none, type: 'x' }, null))).toEqual(['Bot'])
    expect(names(filterHandlers(all, { ...none, type: 'null' }, null))).toEqual(['Lost'])
    expect(filterHandlers(all, { ...none, type: 'email' }, null)).toEqual([persian, pending])
    expect(typesIn(all).sort()).toEqual(['email', 'null', 'slack', 'webhook', 'x'])
  })

  it('filters by status', () => {
    expect(names(filterHandlers(all, { ...none, status: 'disabled' }, null))).toEqual([
      'وب‌هوک پنل',
    ])
    expect(names(filterHandlers(all, { ...none, status: 'pending' }, null))).toEqual(['New inbox'])
  })

  it('filters by findings, any of those asked for, and combines every filter', () => {
    const findings = computeFindings(all)
    expect(names(filterHandlers(all, { ...none, finding: ['unknownType'] }, findings))).toEqual([
      'Bot',
      'Lost',
    ])
    expect(
      names(filterHandlers(all, { ...none, finding: ['unknownType', 'pending'] }, findings)),
    ).toEqual(['Bot', 'Lost', 'New inbox'])
    expect(
      names(filterHandlers(all, { ...none, q: 'bot', finding: ['unknownType'] }, findings)),
    ).toEqual(['Bot'])
    expect(
      filterHandlers(all, { ...none, status: 'disabled', finding: ['pending'] }, findings),
    ).toEqual([])
  })
})

describe('sortHandlers', () => {
  const day = 24 * 3600 * 1000
  const b = handler({ name: 'beta', type: 'webhook', createdAt: 3 * day, updatedAt: 5 * day })
  const a = handler({ name: 'Alpha', type: 'slack', createdAt: 2 * day, updatedAt: null })
  const c = handler({ name: 'گاما', type: null, createdAt: 1 * day, updatedAt: 9 * day })
  const n10 = handler({ name: 'Item 10', createdAt: 4 * day, updatedAt: 1 * day })
  const n9 = handler({ name: 'item 9', createdAt: 5 * day, updatedAt: null })
  const all = [b, a, c, n10, n9]

  it('keeps the order given without a sort', () => {
    expect(sortHandlers(all, { sort: null, dir: 'asc' }, 'en')).toBe(all)
  })

  it('sorts names without regard to case, numbers by value', () => {
    expect(names(sortHandlers(all, { sort: 'name', dir: 'asc' }, 'en'))).toEqual([
      'Alpha',
      'beta',
      'item 9',
      'Item 10',
      'گاما',
    ])
    expect(names(sortHandlers(all, { sort: 'name', dir: 'desc' }, 'en'))[0]).toBe('گاما')
  })

  it('sorts by type with a lost type last either way', () => {
    expect(sortHandlers(all, { sort: 'type', dir: 'asc' }, 'en').map((h) => h.type)).toEqual([
      'email',
      'email',
      'slack',
      'webhook',
      null,
    ])
    expect(sortHandlers(all, { sort: 'type', dir: 'desc' }, 'en').map((h) => h.type)).toEqual([
      'webhook',
      'slack',
      'email',
      'email',
      null,
    ])
  })

  it('sorts by creation and by last change, never-changed last either way', () => {
    expect(names(sortHandlers(all, { sort: 'created', dir: 'desc' }, 'en'))).toEqual([
      'item 9',
      'Item 10',
      'beta',
      'Alpha',
      'گاما',
    ])
    expect(names(sortHandlers(all, { sort: 'updated', dir: 'asc' }, 'en'))).toEqual([
      'Item 10',
      'beta',
      'گاما',
      'Alpha',
      'item 9',
    ])
    expect(names(sortHandlers(all, { sort: 'updated', dir: 'desc' }, 'en')).slice(-2)).toEqual([
      'Alpha',
      'item 9',
    ])
  })
})
