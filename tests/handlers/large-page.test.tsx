import { act, fireEvent, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

/** jsdom has no layout: this stands in for the browser's observer, told by the test what is in view. */
class ViewportStandIn {
  static instances: ViewportStandIn[] = []
  readonly observed = new Set<Element>()
  constructor(private readonly callback: IntersectionObserverCallback) {
    ViewportStandIn.instances.push(this)
  }
  observe(element: Element) {
    this.observed.add(element)
  }
  unobserve(element: Element) {
    this.observed.delete(element)
  }
  disconnect() {
    this.observed.clear()
  }
  /** The browser reporting that `element` came into view. */
  static show(element: Element) {
    for (const observer of ViewportStandIn.instances) {
      if (!observer.observed.has(element)) continue
      const entry = { target: element, isIntersecting: true } as IntersectionObserverEntry
      observer.callback([entry], observer as unknown as IntersectionObserver)
    }
  }
}

beforeEach(() => {
  ViewportStandIn.instances = []
  vi.stubGlobal('IntersectionObserver', ViewportStandIn)
  vi.stubGlobal('innerHeight', 1000)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const rows = () => Array.from(document.querySelectorAll<HTMLElement>('tbody tr[data-handler-id]'))
/** The rows that have their checkbox. */
const withControls = () => rows().filter((row) => within(row).queryByRole('checkbox'))

async function openLargePage() {
  const { key } = env.sim.addAccount({ handlers: 100 })
  signInAs(key)
  renderApp('/handlers?per_page=100')
  await waitFor(() => expect(rows()).toHaveLength(100))
  return key
}

describe('a large page', () => {
  it('shows every row, the first ones whole and the rest as text until they come into view', async () => {
    const key = await openLargePage()
    // As many as a window 1,000 pixels high could show: no row is under 36.
    expect(withControls()).toHaveLength(28)

    const last = rows().at(-1)!
    const stored = env.sim.handlersOf(key).at(-1)!
    expect(last).toHaveAttribute('data-waiting')
    expect(last).toHaveTextContent(String(stored.name))
    expect(within(last).queryByRole('checkbox')).toBeNull()

    act(() => ViewportStandIn.show(last))
    expect(within(last).getByRole('checkbox')).toBeInTheDocument()
    expect(within(last).getByRole('button', { name: /^Actions for/ })).toBeInTheDocument()
    expect(last).not.toHaveAttribute('data-waiting')
    expect(withControls()).toHaveLength(29)
  })

  it('gives a waiting row its controls at once when it takes focus', async () => {
    await openLargePage()
    const last = rows().at(-1)!
    expect(last).toHaveAttribute('data-waiting')

    fireEvent.focus(last)
    expect(within(last).getByRole('checkbox')).toBeInTheDocument()
    expect(last).not.toHaveAttribute('data-waiting')
  })
})
