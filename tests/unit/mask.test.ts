import { describe, expect, it } from 'vitest'
import { maskSecret, maskTarget } from '../../src/handler-types/mask'

describe('maskTarget', () => {
  it('shows an e-mail address whole', () => {
    expect(maskTarget({ type: 'email', settings: { email: 'ops@example.com' } })).toEqual({
      kind: 'email',
      text: 'ops@example.com',
    })
  })

  it('shows scheme, host and the last four characters of a secret URL', () => {
    const url = 'https://hooks.slack.com/services/T0001/B0002/abcdEFGHijkl9876'
    expect(maskTarget({ type: 'slack', settings: { slack: url } })).toEqual({
      kind: 'secret',
      text: 'https://hooks.slack.com/…9876',
    })
  })

  it('shows nothing for in-app notifications', () => {
    expect(
      maskTarget({ type: 'internal_notification', settings: { internal_notification: '' } }),
    ).toEqual({ kind: 'none' })
  })

  it('masks the first value of a type it does not know', () => {
    expect(
      maskTarget({
        type: 'x',
        settings: { x_consumer_key: '123456:SECRET-token', x_access_token: '42' },
      }),
    ).toEqual({ kind: 'secret', text: '…oken' })
    expect(maskTarget({ type: null, settings: { '': '' } })).toEqual({ kind: 'none' })
  })
})

describe('maskSecret', () => {
  it('never keeps credentials or the path of a URL', () => {
    expect(maskSecret('https://user:pass@example.com/hook/s3cret')).toBe(
      'https://example.com/…cret',
    )
    expect(maskSecret('http://example.com/x/y/zzzz1234')).toBe('http://example.com/…1234')
  })

  it('does not turn a javascript: value into anything clickable', () => {
    expect(maskSecret('javascript:alert(1)')).toBe('…t(1)')
  })
})
