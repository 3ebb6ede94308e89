// What the schemas accept from the server, and what they refuse, one field at a time: the
// client tests go through the simulator, which sends only well-formed answers.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { errorResponse, listResponse, userResponse, writeResponse } from '../../src/api/wire'

const wireHandler = {
  id: 7,
  name: 'Alerts',
  type: 'email',
  settings: { email: 'ops@example.com' },
  is_enabled: 1,
  datetime: '2026-03-01 08:30:00',
  last_datetime: null,
}

function list(handler: Record<string, unknown>, meta: Record<string, unknown> = {}) {
  return v.safeParse(listResponse, {
    data: [handler],
    meta: { page: 1, results_per_page: 25, total: 1, total_pages: 1, ...meta },
  })
}

function parsedHandler(fields: Record<string, unknown>) {
  const parsed = list({ ...wireHandler, ...fields })
  const handler = parsed.success ? parsed.output.items[0] : undefined
  if (!handler) throw new Error(`refused: ${JSON.stringify(parsed.issues?.[0]?.message)}`)
  return handler
}

describe('a handler as the server sends it', () => {
  it('becomes the domain shape, its date read as UTC', () => {
    expect(parsedHandler({})).toEqual({
      id: 7,
      name: 'Alerts',
      type: 'email',
      settings: { email: 'ops@example.com' },
      status: 'enabled',
      createdAt: Date.UTC(2026, 2, 1, 8, 30, 0),
      updatedAt: null,
    })
  })

  it('reads numbers sent as strings, and a status as a number or a boolean', () => {
    expect(parsedHandler({ id: '12' }).id).toBe(12)
    expect(parsedHandler({ is_enabled: '2' }).status).toBe('pending')
    expect(parsedHandler({ is_enabled: 0 }).status).toBe('disabled')
    expect(parsedHandler({ is_enabled: true }).status).toBe('enabled')
    expect(parsedHandler({ is_enabled: false }).status).toBe('disabled')
  })

  it('makes every setting a string, and an empty PHP array no settings', () => {
    expect(parsedHandler({ settings: [] }).settings).toEqual({})
    expect(parsedHandler({ settings: null }).settings).toEqual({})
    expect(parsedHandler({ settings: undefined }).settings).toEqual({})
    expect(parsedHandler({ settings: { a: 5, b: null, c: 'x' } }).settings).toEqual({
      a: '5',
      b: '',
      c: 'x',
    })
  })

  it('takes a missing or numeric name and a missing type', () => {
    expect(parsedHandler({ name: null }).name).toBe('')
    expect(parsedHandler({ name: 2026 }).name).toBe('2026')
    expect(parsedHandler({ type: null }).type).toBeNull()
    expect(parsedHandler({ type: '' }).type).toBeNull()
    expect(parsedHandler({ last_datetime: '2026-03-02T09:00:00' }).updatedAt).toBe(
      Date.UTC(2026, 2, 2, 9, 0, 0),
    )
  })

  it.each([
    ['an id that is not a whole number', { id: 1.5 }],
    ['an id past the safe integers', { id: '99999999999999999999' }],
    ['an id in words', { id: 'seven' }],
    ['an unknown status', { is_enabled: 3 }],
    ['a status in words', { is_enabled: 'yes' }],
    ['a date in another shape', { datetime: '01/03/2026' }],
    ['a date that does not exist', { datetime: '2026-13-45 99:99:99' }],
    ['settings as a string', { settings: 'email=a@b.c' }],
    ['a name that is an object', { name: { fa: 'x' } }],
  ])('refuses %s', (_, fields) => {
    expect(list({ ...wireHandler, ...fields }).success).toBe(false)
  })
})

describe('a page of handlers', () => {
  it('takes its total from either dialect, and counts at least one page', () => {
    const documented = list(wireHandler, { total: 40, total_pages: 0 })
    const platform = list(wireHandler, { total: undefined, total_results: 41 })
    expect(documented.success && documented.output).toMatchObject({ total: 40, totalPages: 1 })
    expect(platform.success && platform.output).toMatchObject({ total: 41, perPage: 25 })
  })

  it('refuses a page without a total', () => {
    expect(list(wireHandler, { total: undefined }).success).toBe(false)
  })
})

describe('the other answers', () => {
  it('reads a write answer with the id alone, or with the whole handler', () => {
    const alone = v.safeParse(writeResponse, { data: { id: '9' } })
    const whole = v.safeParse(writeResponse, { data: { ...wireHandler, id: 9 } })
    expect(alone.success && alone.output).toEqual({ id: 9, handler: null })
    expect(whole.success && whole.output.handler).toMatchObject({ id: 9, name: 'Alerts' })
  })

  it("reads the user's limits, a negative one as no limit", () => {
    const parsed = v.safeParse(userResponse, {
      data: {
        id: 3,
        name: 'Sara',
        plan_settings: {
          notification_handlers_email_limit: '5',
          notification_handlers_webhook_limit: -1,
          other_setting: 2,
        },
      },
    })
    expect(parsed.success && parsed.output).toEqual({
      id: '3',
      name: 'Sara',
      email: '',
      timezone: null,
      limits: { email: 5, webhook: null },
    })
  })

  it('reads an error answer only when it has an error', () => {
    expect(v.safeParse(errorResponse, { errors: [{ title: 'Not found' }] }).success).toBe(true)
    expect(v.safeParse(errorResponse, { errors: [] }).success).toBe(false)
  })
})
