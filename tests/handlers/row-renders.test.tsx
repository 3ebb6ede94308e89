import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memo, type ComponentProps, type FunctionComponent } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

// Counts how often each row renders, keeping the row's own memoisation (or its lack).
const renders = new Map<number, number>()
vi.mock('../../src/features/handlers/handler-row', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/features/handlers/handler-row')>()
  type Props = ComponentProps<typeof original.HandlerRow>
  const row = original.HandlerRow as unknown as {
    type?: FunctionComponent<Props>
    compare?: (a: Props, b: Props) => boolean
  }
  const inner = row.type ?? (original.HandlerRow as unknown as FunctionComponent<Props>)
  function CountedRow(props: Props) {
    renders.set(props.handler.id, (renders.get(props.handler.id) ?? 0) + 1)
    return inner(props)
  }
  return { ...original, HandlerRow: row.type ? memo(CountedRow, row.compare) : CountedRow }
})

const env = setupSimulator()

describe('a toggle', () => {
  it('renders its own row again and no other', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 30 })
    signInAs(key)
    renderApp('/handlers')
    const switches = await screen.findAllByRole('switch')
    const first = env.sim.handlersOf(key).find((handler) => handler.is_enabled !== 2)!
    await waitFor(() => expect(renders.size).toBeGreaterThanOrEqual(switches.length))
    const before = new Map(renders)

    await user.click(switches[0]!)
    // Until the server has answered and the answer is in the cache.
    await waitFor(() => expect(env.sim.handlersOf(key)[0]!.is_enabled).not.toBe(first.is_enabled))
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))

    expect(renders.get(first.id)).toBeGreaterThan(before.get(first.id)!)
    const others = [...renders].filter(([id, count]) => id !== first.id && count !== before.get(id))
    expect(others).toEqual([])
  })
})
