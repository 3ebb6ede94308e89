import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import { compareSaved, type Intended } from '../../src/features/handlers/form/compare-saved'
import { handlerFormSchema, renameSchema } from '../../src/features/handlers/form/form-schema'
import {
  copyValues,
  createInput,
  editInput,
  valuesOf,
} from '../../src/features/handlers/form/form-values'

const SLACK = 'https://hooks.slack.com/services/T0/B0/x'

const handler = (patch: Partial<Handler> = {}): Handler => ({
  id: 7,
  name: 'Alerts',
  type: 'slack',
  settings: { slack: SLACK },
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
  ...patch,
})

const messages = (value: unknown) =>
  handlerFormSchema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []

describe('the form schema, one variant per type', () => {
  it('gives the chosen type’s target only, trimmed', () => {
    const parsed = handlerFormSchema.parse({
      name: '  Alerts ',
      type: 'slack',
      enabled: true,
      targets: { slack: ` ${SLACK} `, email: 'left@over.com' },
    })
    expect(parsed).toEqual({
      name: 'Alerts',
      type: 'slack',
      enabled: true,
      settings: { slack: SLACK },
    })
  })

  it('needs no target for in-app notifications', () => {
    expect(
      handlerFormSchema.parse({
        name: 'Bell',
        type: 'internal_notification',
        enabled: true,
        targets: {},
      }),
    ).toEqual({ name: 'Bell', type: 'internal_notification', enabled: true, settings: {} })
  })

  it('reports the name and the missing type together, as catalogue keys', () => {
    expect(messages({ name: ' ', type: '', enabled: true, targets: {} })).toEqual([
      ['type', 'form.error.typeRequired'],
      ['name', 'form.error.nameRequired'],
    ])
  })

  it('checks the target by the chosen type’s rule', () => {
    expect(
      messages({ name: 'x', type: 'email', enabled: true, targets: { email: 'nope' } }),
    ).toEqual([['targets.email', 'form.error.email']])
    expect(
      messages({
        name: 'n'.repeat(129),
        type: 'email',
        enabled: true,
        targets: { email: 'a@b.co' },
      }),
    ).toEqual([['name', 'form.error.nameTooLong']])
  })

  it('lets a handler of an unknown type change its name and switch only', () => {
    expect(
      renameSchema.parse({ name: ' Tg ', enabled: false, type: '', targets: { telegram: 'x' } }),
    ).toEqual({ name: 'Tg', enabled: false })
  })
})

describe('what a save sends', () => {
  it('creates with name, type and the target under the type’s key', () => {
    expect(
      createInput({ name: 'A', type: 'slack', enabled: true, settings: { slack: SLACK } }),
    ).toEqual({
      name: 'A',
      type: 'slack',
      settings: { slack: SLACK },
    })
  })

  it('edits with only the fields that changed', () => {
    const original = handler()
    const same = {
      name: 'Alerts',
      type: 'slack',
      enabled: true,
      settings: { slack: SLACK },
    } as const
    expect(editInput(original, same)).toEqual({})
    expect(editInput(original, { ...same, name: 'New' })).toEqual({ name: 'New' })
    expect(editInput(original, { ...same, enabled: false })).toEqual({ isEnabled: false })
    expect(editInput(original, { ...same, settings: { slack: `${SLACK}2` } })).toEqual({
      settings: { slack: `${SLACK}2` },
    })
  })

  it('sends the type only when it changes, with the new target', () => {
    expect(
      editInput(handler(), {
        name: 'Alerts',
        type: 'webhook',
        enabled: true,
        settings: { webhook: 'https://e.com' },
      }),
    ).toEqual({ type: 'webhook', settings: { webhook: 'https://e.com' } })
  })

  it('treats a handler awaiting confirmation as switched on', () => {
    const pending = handler({ type: 'email', settings: { email: 'a@b.co' }, status: 'pending' })
    expect(valuesOf(pending).enabled).toBe(true)
    expect(
      editInput(pending, {
        name: 'Alerts',
        type: 'email',
        enabled: true,
        settings: { email: 'a@b.co' },
      }),
    ).toEqual({})
  })

  it('never sends the type or settings of a type it does not know', () => {
    const x = handler({
      type: 'x',
      settings: { x_consumer_key: 'k', x_access_token: 't' },
    })
    expect(editInput(x, { name: 'X', enabled: false })).toEqual({
      name: 'X',
      isEnabled: false,
    })
  })

  it('copies as a new handler named “Copy of …”, cut to 128 characters', () => {
    const copyName = (name: string) => `Copy of ${name}`
    expect(copyValues(handler({ status: 'disabled' }), copyName)).toEqual({
      name: 'Copy of Alerts',
      type: 'slack',
      enabled: true,
      targets: { slack: SLACK },
    })
    expect(copyValues(handler({ name: '🚨'.repeat(128) }), copyName).name).toBe(
      `Copy of ${'🚨'.repeat(120)}`,
    )
  })
})

describe('comparing what the server holds with what was sent', () => {
  const intended: Intended = {
    name: 'Alerts',
    type: 'slack',
    settings: { slack: SLACK },
    enabled: true,
  }

  it('finds nothing when they match', () => {
    expect(compareSaved(intended, handler())).toEqual([])
    expect(compareSaved(intended, handler({ status: 'pending' }))).toEqual([])
  })

  it('reports a name cut to 128 characters', () => {
    const long = 'n'.repeat(200)
    expect(compareSaved({ ...intended, name: long }, handler({ name: 'n'.repeat(128) }))).toEqual([
      { kind: 'name-cut', name: 'n'.repeat(128), count: 128 },
    ])
  })

  it('reports a name changed otherwise, e.g. with its tags stripped', () => {
    expect(compareSaved({ ...intended, name: 'A <b>B</b>' }, handler({ name: 'A B' }))).toEqual([
      { kind: 'name', name: 'A B' },
    ])
  })

  it('reports a lost type once, not its settings as well', () => {
    expect(compareSaved(intended, handler({ type: null, settings: { '': '' } }))).toEqual([
      { kind: 'type-lost' },
    ])
    expect(compareSaved(intended, handler({ type: 'webhook' }))).toEqual([
      { kind: 'type', type: 'webhook' },
    ])
  })

  it('reports a target cut or changed', () => {
    expect(compareSaved(intended, handler({ settings: { slack: SLACK.slice(0, 20) } }))).toEqual([
      { kind: 'target-cut', field: 'slack', count: 20 },
    ])
    expect(compareSaved(intended, handler({ settings: {} }))).toEqual([
      { kind: 'target', field: 'slack' },
    ])
  })

  it('reports the switch, where the save set it', () => {
    expect(compareSaved({ ...intended, enabled: false }, handler())).toEqual([
      { kind: 'enabled', status: 'enabled' },
    ])
    expect(compareSaved({ ...intended, enabled: null }, handler({ status: 'disabled' }))).toEqual(
      [],
    )
  })
})
