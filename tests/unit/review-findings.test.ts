import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import {
  computeFindings,
  handlerFindings,
  type FindingKind,
} from '../../src/features/handlers/review/findings'

let nextId = 1
function handler(
  type: string | null,
  settings: Record<string, string>,
  status: Handler['status'] = 'enabled',
): Handler {
  return { id: nextId++, name: `h${nextId}`, type, settings, status, createdAt: 0, updatedAt: null }
}
const kinds = (h: Handler) => handlerFindings(h).map((finding) => finding.kind)

describe('review findings', () => {
  it('says nothing about a handler with a good target', () => {
    expect(kinds(handler('slack', { slack: 'https://hooks.slack.com/services/T1/B2/x' }))).toEqual(
      [],
    )
    expect(kinds(handler('email', { email: 'ops@example.com' }))).toEqual([])
    expect(kinds(handler('internal_notification', { internal_notification: '' }))).toEqual([])
  })

  it('flags a target that fails its type’s validation, with the form’s reason', () => {
    const wrongHost = handler('slack', { slack: 'https://example.com/hook' })
    expect(handlerFindings(wrongHost)).toEqual([
      { kind: 'invalid', problem: 'type.slack.error.host' },
    ])
    expect(handlerFindings(handler('email', { email: 'not an address' }))).toEqual([
      { kind: 'invalid', problem: 'form.error.email' },
    ])
    expect(handlerFindings(handler('webhook', { webhook: '' }))).toEqual([
      { kind: 'invalid', problem: 'form.error.targetRequired' },
    ])
  })

  it('flags a retired Teams connector URL and a plain-http webhook on their own', () => {
    expect(
      kinds(
        handler('microsoft_teams', { microsoft_teams: 'https://outlook.office.com/webhook/abc' }),
      ),
    ).toEqual(['retired'])
    expect(kinds(handler('webhook', { webhook: 'http://intranet.example.com/hook' }))).toEqual([
      'insecure',
    ])
  })

  it('flags an e-mail awaiting confirmation, and an unknown or lost type', () => {
    expect(kinds(handler('email', { email: 'new@example.com' }, 'pending'))).toEqual(['pending'])
    expect(kinds(handler('push_subscriber_id', { push_subscriber_id: 'sub-1' }))).toEqual([
      'unknownType',
    ])
    expect(kinds(handler(null, { '': '' }))).toEqual(['unknownType'])
  })

  it('flags every handler that shares a target, e-mail addresses in any case', () => {
    const url = 'https://hooks.slack.com/services/T1/B2/shared'
    const a = handler('slack', { slack: url })
    const b = handler('webhook', { webhook: url })
    const c = handler('email', { email: 'Ops@Example.com' })
    const d = handler('email', { email: 'ops@example.com' }, 'pending')
    const e = handler('slack', { slack: 'https://hooks.slack.com/services/T1/B2/SHARED' })
    const f = handler('internal_notification', { internal_notification: '' })
    const g = handler('internal_notification', { internal_notification: '' })
    const index = computeFindings([a, b, c, d, e, f, g])
    const of = (h: Handler) => index.byId.get(h.id)!.map((finding) => finding.kind)
    expect(of(a)).toEqual(['duplicate'])
    expect(of(b)).toEqual(['duplicate'])
    expect(of(c)).toEqual(['duplicate'])
    expect(of(d)).toEqual(['duplicate', 'pending'])
    // A secret URL is compared as it is: a different token is a different target.
    expect(of(e)).toEqual([])
    expect(of(f)).toEqual([])
    expect(of(g)).toEqual([])
    expect(index.counts).toEqual<Record<FindingKind, number>>({
      duplicate: 4,
      invalid: 0,
      retired: 0,
      insecure: 0,
      pending: 1,
      unknownType: 0,
    })
    expect(index.flagged).toBe(4)
  })

  it('gives equal findings the same array, so memoised rows see no change', () => {
    const a = handler(null, {})
    const b = handler('push_subscriber_id', { push_subscriber_id: 'x' })
    expect(handlerFindings(a)).toBe(handlerFindings(b))
    const first = computeFindings([a, b])
    const again = computeFindings([a, b, handler('email', { email: 'z@example.com' })])
    expect(again.byId.get(a.id)).toBe(first.byId.get(a.id))
  })
})
