import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

const HANDLERS: SeedHandler[] = [
  { type: 'email', name: 'Ops inbox', settings: { email: 'ops@example.com' } },
  {
    type: 'slack',
    name: 'Slack alerts',
    settings: { slack: 'https://hooks.slack.com/services/T01/B02/s3cretWXYZ' },
  },
  { type: 'email', name: 'Pending inbox', settings: { email: 'new@example.com' }, is_enabled: 2 },
  { type: 'x', name: 'Telegram', settings: { x_consumer_key: '123:tok', x_access_token: '9' } },
  {
    type: 'webhook',
    name: 'Old hook',
    settings: { webhook: 'https://example.com/h' },
    is_enabled: 0,
  },
]

async function open(handlers: SeedHandler[] | number = HANDLERS, path = '/handlers') {
  // The simple corpus: a row's menu is found by its name, which stays plain English there.
  const { key } = env.sim.addAccount({ handlers, corpus: 'simple' })
  signInAs(key)
  const view = renderApp(path)
  await screen.findByRole('table', { name: 'Notification handlers' })
  await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1))
  return { key, ...view }
}

const writes = () => env.sim.requests.filter((request) => request.method !== 'GET')
const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!

describe('the enable switch', () => {
  it('moves at once and sends one request with is_enabled as 0', async () => {
    const user = userEvent.setup()
    const { key } = await open()
    env.sim.injectFault({ method: 'POST', delayMs: 300 })
    const toggle = screen.getByRole('switch', { name: 'Enable “Ops inbox”' })
    expect(toggle).toBeChecked()

    await user.click(toggle)
    expect(toggle).not.toBeChecked()
    expect(within(row('Ops inbox')).getByText('Disabled')).toBeInTheDocument()

    await waitFor(() => expect(env.sim.handlersOf(key)[0]!.is_enabled).toBe(0))
    expect(writes()).toHaveLength(1)
    expect(writes()[0]!.fields).toEqual({ is_enabled: '0' })
    expect(writes()[0]!.contentType).toMatch(/^multipart\/form-data/)
  })

  it('shows its new state before any timer runs, in the frame after the click', async () => {
    await open()
    env.sim.injectFault({ method: 'POST', delayMs: 300 })
    // Timers run in the order they were set: this one runs before any the click sets.
    const firstTimer = new Promise((resolve) => setTimeout(resolve, 0))
    fireEvent.click(screen.getByRole('switch', { name: 'Enable “Ops inbox”' }))
    await firstTimer
    expect(within(row('Ops inbox')).getByText('Disabled')).toBeInTheDocument()
  })

  it('says so when its answer shows the row was older than the server’s copy', async () => {
    const user = userEvent.setup()
    const { key } = await open()
    const id = env.sim.handlersOf(key)[1]!.id
    await createApiClient({ baseUrl: '/api', apiKey: key }).updateHandler(id, {
      name: 'Renamed in another tab',
    })
    await user.click(screen.getByRole('switch', { name: 'Enable “Slack alerts”' }))
    expect(
      await screen.findByText(/“Renamed in another tab” had been changed elsewhere/),
    ).toBeInTheDocument()
    expect(row('Renamed in another tab')).toBeInTheDocument()
    expect(env.sim.handlersOf(key)[1]!).toMatchObject({
      name: 'Renamed in another tab',
      is_enabled: 0,
    })
  })

  it('moves back with a message when the request fails', async () => {
    const user = userEvent.setup()
    const { key } = await open()
    env.sim.injectFault({ method: 'POST', status: 500 })
    const toggle = screen.getByRole('switch', { name: 'Enable “Old hook”' })

    await user.click(toggle)
    expect(await screen.findByText('“Old hook” could not be enabled.')).toBeInTheDocument()
    expect(toggle).not.toBeChecked()
    expect(env.sim.handlersOf(key)[4]!.is_enabled).toBe(0)
  })

  it('sends only is_enabled for a type the dashboard does not know', async () => {
    const user = userEvent.setup()
    const { key } = await open()
    await user.click(screen.getByRole('switch', { name: 'Enable “Telegram”' }))
    await waitFor(() => expect(writes()).toHaveLength(1))
    expect(writes()[0]!.fields).toEqual({ is_enabled: '0' })
    await waitFor(() => expect(env.sim.handlersOf(key)[3]!.settings).toEqual(HANDLERS[3]!.settings))
    expect(env.sim.handlersOf(key)[3]!.type).toBe('x')
  })

  it('shows a handler awaiting e-mail confirmation as such, not as enabled', async () => {
    await open()
    const pending = row('Pending inbox')
    expect(within(pending).getByText('Awaiting confirmation')).toBeInTheDocument()
    expect(within(pending).queryByRole('switch')).not.toBeInTheDocument()
  })
})

describe('the target', () => {
  it('can be revealed in full, hidden again and copied', async () => {
    const user = userEvent.setup()
    await open()
    const slack = row('Slack alerts')
    const full = 'https://hooks.slack.com/services/T01/B02/s3cretWXYZ'
    // The target may wrap only after its slashes: its text comes in pieces.
    const target = (text: string) => (_: string, element: Element | null) =>
      element?.getAttribute('dir') === 'ltr' && element.textContent === text
    expect(within(slack).getByText(target('https://hooks.slack.com/…WXYZ'))).toBeInTheDocument()

    await user.click(within(slack).getByRole('button', { name: 'Show the whole target' }))
    expect(within(slack).getByText(target(full))).toBeInTheDocument()
    await user.click(within(slack).getByRole('button', { name: 'Hide the target' }))
    expect(within(slack).queryByText(target(full))).not.toBeInTheDocument()

    await user.click(within(slack).getByRole('button', { name: 'Copy the target' }))
    expect(await navigator.clipboard.readText()).toBe(full)
    expect(within(slack).getByRole('button', { name: 'Copied' })).toBeInTheDocument()
  })

  it('is never a link, whatever it holds', async () => {
    await open([{ type: 'webhook', name: 'Hostile', settings: { webhook: 'javascript:alert(1)' } }])
    expect(screen.queryByRole('link', { name: /alert/ })).not.toBeInTheDocument()
    expect(row('Hostile').querySelector('a')).toBeNull()
  })
})
