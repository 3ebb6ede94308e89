import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memo, type ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

// Counts how often each row renders, keeping the row's own memo comparison.
const renders = new Map<number, number>()
vi.mock('../../src/features/handlers/handler-row', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/features/handlers/handler-row')>()
  const render = (original.HandlerRow as unknown as { type: (props: object) => unknown }).type
  type Props = ComponentProps<typeof original.HandlerRow>
  return {
    ...original,
    HandlerRow: memo(function CountedRow(props: Props) {
      renders.set(props.handler.id, (renders.get(props.handler.id) ?? 0) + 1)
      return render(props) as ReturnType<typeof original.HandlerRow>
    }),
  }
})

const env = setupSimulator()

describe('a toggle', () => {
  it('renders its own row again and no other', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 30 })
    signInAs(key)
    renderApp('/handlers')
    const switches = await screen.findAllByRole('switch')
    const [first] = env.sim.handlersOf(key).filter((handler) => handler.is_enabled !== 2)
    await waitFor(() => expect(renders.size).toBeGreaterThanOrEqual(switches.length))
    const before = new Map(renders)

    await user.click(switches[0]!)
    await waitFor(() => expect(env.sim.requests.filter((r) => r.method === 'POST')).toHaveLength(1))
    await waitFor(() => expect(renders.get(first!.id)).toBeGreaterThan(before.get(first!.id)!))

    const others = [...renders].filter(
      ([id, count]) => id !== first!.id && count !== before.get(id),
    )
    expect(others).toEqual([])
  })
})
