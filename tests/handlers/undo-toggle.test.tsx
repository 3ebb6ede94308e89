import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()
afterEach(() => notifications.clean())

const boxes = (count: number): SeedHandler[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'email',
    name: `Box ${i + 1}`,
    settings: { email: `box${i + 1}@example.com` },
  }))

async function open(handlers: SeedHandler[]) {
  const { key } = env.sim.addAccount({ handlers })
  signInAs(key)
  renderApp('/handlers')
  await screen.findByRole('switch', { name: 'Enable “Box 1”' })
  return key
}

const writes = () => env.sim.requests.filter((request) => request.method === 'POST')
const alertWith = async (text: string) =>
  (await screen.findByText(text)).closest<HTMLElement>('[role="alert"]')!

describe('undo of a toggle', () => {
  it('offers Undo once the server has the change, and sends the one request back', async () => {
    const user = userEvent.setup()
    const key = await open(boxes(2))
    await user.click(screen.getByRole('switch', { name: 'Enable “Box 2”' }))
    const notice = await alertWith('“Box 2” was disabled.')
    expect(env.sim.handlersOf(key)[1]!.is_enabled).toBe(0)

    await user.click(within(notice).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(env.sim.handlersOf(key)[1]!.is_enabled).toBe(1))
    expect(writes().map((request) => request.fields)).toEqual([
      { is_enabled: '0' },
      { is_enabled: '1' },
    ])
    expect(screen.getByRole('switch', { name: 'Enable “Box 2”' })).toBeChecked()
  })
})

describe('undo of a bulk enable or disable', () => {
  it('runs the reverse for the handlers it changed, through the same progress and report', async () => {
    const user = userEvent.setup()
    const key = await open([
      ...boxes(3),
      { type: 'email', name: 'Off already', settings: { email: 'off@example.com' }, is_enabled: 0 },
    ])
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    const toolbar = screen.getByRole('group', { name: 'Selected handlers' })
    await user.click(within(toolbar).getByRole('button', { name: 'Disable' }))
    const report = await screen.findByRole('region', { name: 'Bulk report' }, { timeout: 5000 })
    expect(env.sim.handlersOf(key).map((h) => h.is_enabled)).toEqual([0, 0, 0, 0])

    await user.click(within(report).getByRole('button', { name: 'Undo: enable the 3 again' }))
    expect(
      await screen.findByText('3 handlers enabled.', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    // The one that was off before stays off: only what the run changed goes back.
    expect(env.sim.handlersOf(key).map((h) => h.is_enabled)).toEqual([1, 1, 1, 0])
  })
})
