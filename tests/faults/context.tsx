// What every cell of the fault matrix works with: an account in the simulator, the app in one
// language, a user, and ways to read the screen and the simulator's store side by side.
import { screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { expect, vi } from 'vitest'
import type { MessageKey } from '../../src/i18n/en'
import type { Language } from '../../src/i18n/format'
import { translate, type Params } from '../../src/i18n/i18n'
import type { SeedHandler, Simulator } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'

export const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnop'

export const SEED: SeedHandler[] = [
  { type: 'email', name: 'Ops inbox', settings: { email: 'ops@example.com' } },
  { type: 'slack', name: 'Night shift', settings: { slack: SLACK } },
  { type: 'webhook', name: 'Deploy hook', settings: { webhook: 'https://example.com/hook' } },
]

export interface Ctx {
  sim: Simulator
  key: string
  language: Language
  t: (key: MessageKey, params?: Params) => string
  user: UserEvent
  /** The app at `path`, signed in to the account unless told otherwise. */
  render: (path: string, options?: { signedIn?: boolean }) => ReturnType<typeof renderApp>
}

export function makeCtx(sim: Simulator, language: Language, handlers = SEED): Ctx {
  const { key } = sim.addAccount({ handlers })
  return {
    sim,
    key,
    language,
    t: (messageKey, params) => translate(language, messageKey, params),
    user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }),
    render: (path, { signedIn = true } = {}) => {
      if (signedIn) signInAs(key, { label: 'Client A' })
      return renderApp(path, { language })
    },
  }
}

const STATUS = ['disabled', 'enabled', 'pending'] as const

export interface Row {
  id: number
  name: string
  status: (typeof STATUS)[number]
}

/** The handlers as the simulator stores them, in the terms the table shows. */
export function storedRows(ctx: Ctx): Row[] {
  return ctx.sim
    .handlersOf(ctx.key)
    .map(({ id, name, is_enabled }) => ({ id, name, status: STATUS[is_enabled]! }))
}

/** The handlers the table shows, overlays or not. */
export function shownRows(): Row[] {
  return [...document.querySelectorAll<HTMLTableRowElement>('tr[data-handler-id]')].map((tr) => {
    const toggle = tr.querySelector<HTMLInputElement>('input[role="switch"]')
    return {
      id: Number(tr.dataset.handlerId),
      name: tr.cells[1]!.textContent ?? '',
      status: toggle ? (toggle.checked ? 'enabled' : 'disabled') : 'pending',
    }
  })
}

/** The table is on screen and shows exactly what the simulator holds (on its first page). */
export function tableAgrees(ctx: Ctx, perPage = 25) {
  const stored = storedRows(ctx).slice(0, perPage)
  expect(stored.length).toBeGreaterThan(0)
  expect(shownRows()).toEqual(stored)
}

export function deleteInSim(ctx: Ctx, id: number) {
  // Someone else deletes it, in another tab or through the API.
  void ctx.sim.handle(
    new Request(`http://localhost/api/notification-handlers/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${ctx.key}` },
    }),
  )
}

/** The first element with this role whose text includes `text`; throws while there is none. */
export function byRoleWithText(role: string, text: string, container: HTMLElement = document.body) {
  const found = within(container)
    .queryAllByRole(role, { hidden: true })
    .find((element) => element.textContent?.includes(text))
  if (!found) throw new Error(`No ${role} says “${text}”.`)
  return found
}

/** A notification, found by its title. */
export function notification(title: string) {
  const heading = screen.getByText(title)
  return heading.closest<HTMLElement>('[role="alert"]') ?? heading.parentElement!
}

/** The key is asked for again over the screen: the user gives it, and it works again. */
export async function renewKey(ctx: Ctx) {
  const dialog = await screen.findByRole('dialog', { name: ctx.t('reauth.title') })
  ctx.sim.clearFaults()
  await ctx.user.click(within(dialog).getByLabelText(ctx.t('signIn.key')))
  await ctx.user.paste(ctx.key)
  await ctx.user.click(within(dialog).getByRole('button', { name: ctx.t('reauth.submit') }))
}

/** Every row shown, and the table settled: the first load is over. */
export async function tableLoaded(ctx: Ctx) {
  await screen.findByRole('table', { name: ctx.t('handlers.title') })
  await screen.findAllByRole('switch')
}
