import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

const boxes = (count: number, extra: Partial<SeedHandler> = {}): SeedHandler[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'email',
    name: `Box ${String(i + 1).padStart(2, '0')}`,
    settings: { email: `box${i + 1}@example.com` },
    ...extra,
  }))

async function open(handlers: SeedHandler[], path = '/handlers') {
  const { key } = env.sim.addAccount({ handlers })
  signInAs(key)
  const view = renderApp(path)
  await waitFor(() =>
    expect(screen.getAllByRole('checkbox', { name: /^Select “/ }).length).toBeGreaterThan(0),
  )
  return { key, ...view }
}

const toolbar = () => screen.getByRole('group', { name: 'Selected handlers' })
const report = () => screen.findByRole('region', { name: 'Bulk report' }, { timeout: 5000 })
const writes = () => env.sim.requests.filter((r) => r.method !== 'GET')
const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!
const enabledIn = (key: string) =>
  env.sim
    .handlersOf(key)
    .filter((h) => h.is_enabled === 1)
    .map((h) => h.name)

const undoNotice = async (count: number) =>
  (
    await screen.findByText(`${count} handlers will be deleted in a few seconds.`)
  ).closest<HTMLElement>('[role="alert"]')!

async function selectPage(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
}

describe('bulk disable and enable', () => {
  it('disables the selection, reports each failure with its reason, and retries the failed', async () => {
    const user = userEvent.setup()
    const { key } = await open([
      ...boxes(8),
      { type: 'email', name: 'Off already', settings: { email: 'off@example.com' }, is_enabled: 0 },
      {
        type: 'email',
        name: 'Unconfirmed',
        settings: { email: 'new@example.com', email_is_confirmed: '0' },
        is_enabled: 2,
      },
    ])
    await selectPage(user)
    env.sim.injectFault({ method: 'POST', status: 500, times: 2 })
    await user.click(within(toolbar()).getByRole('button', { name: 'Disable' }))

    const first = await report()
    expect(first).toHaveTextContent('Done, but not everything worked')
    expect(first).toHaveTextContent('6 handlers disabled.')
    expect(first).toHaveTextContent('1 was disabled already.')
    expect(first).toHaveTextContent('1 awaiting confirmation was left as it is')
    const failures = within(first).getByRole('list', { name: 'Failures' })
    const failed = within(failures)
      .getAllByRole('listitem')
      .map((item) => item.textContent!)
    expect(failed).toHaveLength(2)
    for (const line of failed) {
      expect(line).toMatch(/^“Box 0\d”: The server had a problem\. Try again in a moment\.$/)
    }
    const stillOn = enabledIn(key)
    expect(stillOn.sort()).toEqual(failed.map((line) => line.slice(1, 7)).sort())
    // Only what needed changing was sent: nothing for the disabled or the unconfirmed one.
    expect(writes()).toHaveLength(8)
    expect(writes().every((w) => JSON.stringify(w.fields) === '{"is_enabled":"0"}')).toBe(true)
    await waitFor(() => expect(within(row('Box 05')).getByRole('switch')).not.toBeChecked())
    expect(within(row(stillOn[0]!)).getByRole('switch')).toBeChecked()

    await user.click(within(first).getByRole('button', { name: 'Retry the 2 failed' }))
    const second = await screen.findByText('2 handlers disabled.', {}, { timeout: 5000 })
    expect(second.closest('section')).toHaveTextContent(/^Done2 handlers disabled/)
    expect(enabledIn(key)).toEqual([])
    expect(within(row(stillOn[0]!)).getByRole('switch')).not.toBeChecked()
    expect(within(row('Unconfirmed')).getByText('Awaiting confirmation')).toBeInTheDocument()
  })

  it('enables only what is off, and says when there is nothing to send', async () => {
    const user = userEvent.setup()
    const { key } = await open([
      ...boxes(3, { is_enabled: 0 }),
      ...boxes(2).map((h, i) => ({ ...h, name: `On ${i}` })),
    ])
    await selectPage(user)
    await user.click(within(toolbar()).getByRole('button', { name: 'Enable' }))
    const done = await report()
    expect(done).toHaveTextContent('3 handlers enabled.')
    expect(done).toHaveTextContent('2 were enabled already.')
    expect(enabledIn(key)).toHaveLength(5)
    expect(writes().map((w) => w.fields)).toEqual(Array(3).fill({ is_enabled: '1' }))

    await user.click(within(done).getByRole('button', { name: 'Close the report' }))
    expect(screen.queryByRole('region', { name: 'Bulk report' })).toBeNull()
    await user.click(within(toolbar()).getByRole('button', { name: 'Enable' }))
    expect(await report()).toHaveTextContent(
      'Nothing to send: every selected handler is in that state already.',
    )
    expect(writes()).toHaveLength(3)
  })

  it('shows each success in the table as it happens, with progress and time left', async () => {
    const user = userEvent.setup()
    const { key } = await open(boxes(6))
    const last = env.sim.handlersOf(key)[5]!.id
    // The last write waits until the test has seen the state before it.
    const release = env.hold('POST', new RegExp(`/notification-handlers/${last}$`))
    await selectPage(user)
    await user.click(within(toolbar()).getByRole('button', { name: 'Disable' }))

    const progress = await screen.findByRole('region', { name: 'Bulk progress' })
    expect(progress).toHaveTextContent('Disabling 6 handlers')
    await waitFor(() => expect(progress).toHaveTextContent('5 of 6 done'))
    expect(progress).toHaveTextContent(/about \d+ seconds? left/)
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '83')
    // The five that answered are off on screen while the last is still on its way.
    await waitFor(() => expect(within(row('Box 01')).getByRole('switch')).not.toBeChecked())
    expect(within(row('Box 06')).getByRole('switch')).toBeChecked()
    release()
    expect(await report()).toHaveTextContent('6 handlers disabled.')
    expect(within(row('Box 06')).getByRole('switch')).not.toBeChecked()
  })
})

describe('bulk delete', () => {
  it('asks first, stating the count, and sends nothing when cancelled', async () => {
    const user = userEvent.setup()
    const { key } = await open(boxes(5))
    await selectPage(user)
    await user.click(within(toolbar()).getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete 5 handlers?' })
    expect(dialog).toHaveTextContent(
      '5 handlers will be deleted and Conecto will stop sending alerts to them.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(writes()).toHaveLength(0)
    expect(env.sim.handlersOf(key)).toHaveLength(5)
  })

  it('waits out the undo window before its queue starts, and Undo drops it all', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      const { key } = await open(boxes(4))
      const confirm = async () => {
        await user.click(within(toolbar()).getByRole('button', { name: 'Delete' }))
        const dialog = await screen.findByRole('dialog', { name: 'Delete 4 handlers?' })
        await user.click(within(dialog).getByRole('button', { name: 'Delete 4 handlers' }))
        return undoNotice(4)
      }
      await selectPage(user)
      await user.click(within(await confirm()).getByRole('button', { name: 'Undo' }))
      await act(() => vi.advanceTimersByTimeAsync(10_000))
      expect(writes()).toHaveLength(0)
      expect(env.sim.handlersOf(key)).toHaveLength(4)

      await confirm()
      await act(() => vi.advanceTimersByTimeAsync(7900))
      expect(writes()).toHaveLength(0)
      await act(() => vi.advanceTimersByTimeAsync(100))
      await report()
      expect(env.sim.handlersOf(key)).toHaveLength(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('deletes the selection, keeps the failed ones, and retries them', async () => {
    const user = userEvent.setup()
    const { key } = await open(boxes(7))
    await user.click(screen.getByRole('checkbox', { name: 'Select “Box 02”' }))
    await user.keyboard('{Shift>}')
    await user.click(screen.getByRole('checkbox', { name: 'Select “Box 06”' }))
    await user.keyboard('{/Shift}')
    const gone = env.sim.handlersOf(key)[2]!.id
    env.sim.injectFault({ method: 'DELETE', path: `/notification-handlers/${gone}`, status: 404 })
    const failing = env.sim.handlersOf(key)[4]!.id
    env.sim.injectFault({
      method: 'DELETE',
      path: `/notification-handlers/${failing}`,
      status: 500,
    })

    await user.click(within(toolbar()).getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete 5 handlers?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete 5 handlers' }))
    // Closing the undo notice starts the queue now.
    await user.click(within(await undoNotice(5)).getByRole('button', { name: 'Close' }))

    const first = await report()
    // A handler already gone counts as deleted.
    expect(first).toHaveTextContent('4 handlers deleted.')
    expect(within(first).getByRole('listitem')).toHaveTextContent(
      '“Box 05”: The server had a problem. Try again in a moment.',
    )
    expect(env.sim.handlersOf(key).map((h) => h.name)).toEqual([
      'Box 01',
      'Box 03',
      'Box 05',
      'Box 07',
    ])
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Box 02' })).toBeNull())
    expect(screen.getByRole('cell', { name: 'Box 05' })).toBeInTheDocument()
    expect(within(toolbar()).getByText('1 selected')).toBeInTheDocument()

    await user.click(within(first).getByRole('button', { name: 'Retry the failed one' }))
    expect(await screen.findByText('1 handler deleted.', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(env.sim.handlersOf(key).map((h) => h.name)).toEqual(['Box 01', 'Box 03', 'Box 07'])
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Box 05' })).toBeNull())
    expect(screen.getByText('3 handlers')).toBeInTheDocument()
  })
})

describe('cancel and leaving', () => {
  it('stops: nothing more is sent, and the report says what was not done', async () => {
    const user = userEvent.setup()
    const { key } = await open(boxes(12))
    env.sim.injectFault({ method: 'POST', delayMs: 150, times: 12 })
    // The fifth change on waits for the cancel, which a busy machine might click after the last.
    const release = env.hold('POST', /./, { after: 4 })
    await selectPage(user)
    await user.click(within(toolbar()).getByRole('button', { name: 'Disable' }))
    const progress = await screen.findByRole('region', { name: 'Bulk progress' })
    await waitFor(() => expect(progress).toHaveTextContent(/^.*[3-6] of 12 done/))

    await user.click(within(progress).getByRole('button', { name: 'Cancel' }))
    release()
    const done = await report()
    expect(done).toHaveTextContent('Cancelled')
    const disabled = env.sim.handlersOf(key).filter((h) => h.is_enabled === 0).length
    expect(disabled).toBeGreaterThanOrEqual(3)
    expect(disabled).toBeLessThan(12)
    expect(done).toHaveTextContent(`${disabled} handlers disabled.`)
    expect(done).toHaveTextContent(
      `${12 - disabled} handlers were not changed because the work was cancelled.`,
    )
    expect(within(done).queryByRole('button', { name: /Retry/ })).toBeNull()
    const sent = writes().length
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(writes()).toHaveLength(sent)
    expect(env.sim.handlersOf(key).filter((h) => h.is_enabled === 0)).toHaveLength(disabled)
  })

  it('asks before the page is closed or reloaded while work runs, and not after', async () => {
    const user = userEvent.setup()
    await open(boxes(3))
    env.sim.injectFault({ method: 'POST', delayMs: 300, times: 3 })
    await selectPage(user)
    await user.click(within(toolbar()).getByRole('button', { name: 'Disable' }))
    await screen.findByRole('region', { name: 'Bulk progress' })

    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(leave()).toBe(true)
    await report()
    expect(leave()).toBe(false)
  })
})
