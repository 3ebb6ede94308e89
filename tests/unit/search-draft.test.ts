import { act, renderHook } from '@testing-library/react'
import { useCallback, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSearchDraft } from '../../src/features/handlers/review/use-search-draft'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** The search box over an address that takes what the draft sends, a moment later. */
function renderDraft({ urlDelayMs = 0 } = {}) {
  const view = renderHook(() => {
    const [url, setUrl] = useState('')
    const send = useCallback(
      (text: string) => (urlDelayMs ? setTimeout(() => setUrl(text), urlDelayMs) : setUrl(text)),
      [],
    )
    const [text, setText] = useSearchDraft(url, send)
    return { url, text, setText, setUrl }
  })
  return view.result
}

describe('the search box’s draft', () => {
  it('goes to the address once typing stops', () => {
    const draft = renderDraft()
    act(() => draft.current.setText('ops'))
    act(() => vi.advanceTimersByTime(299))
    expect(draft.current.url).toBe('')
    act(() => vi.advanceTimersByTime(1))
    expect(draft.current.url).toBe('ops')
    expect(draft.current.text).toBe('ops')
  })

  it('keeps a letter typed just as the text before it goes to the address', () => {
    const draft = renderDraft()
    act(() => draft.current.setText('i'))
    // The next key lands, and the pause ends, before the screen has drawn the first.
    act(() => {
      vi.advanceTimersByTime(299)
      draft.current.setText('in')
      vi.advanceTimersByTime(1)
    })
    expect(draft.current.text).toBe('in')
    act(() => vi.advanceTimersByTime(300))
    expect(draft.current.url).toBe('in')
    expect(draft.current.text).toBe('in')
  })

  it('keeps what is typed while the address catches up with what was sent', () => {
    const draft = renderDraft({ urlDelayMs: 50 })
    act(() => draft.current.setText('i'))
    act(() => vi.advanceTimersByTime(300))
    expect(draft.current.url).toBe('')
    act(() => draft.current.setText('in'))
    act(() => vi.advanceTimersByTime(50))
    expect(draft.current.url).toBe('i')
    expect(draft.current.text).toBe('in')
    act(() => vi.advanceTimersByTime(350))
    expect(draft.current.url).toBe('in')
    expect(draft.current.text).toBe('in')
  })

  it('takes a search changed from outside, by back or a link', () => {
    const draft = renderDraft()
    act(() => draft.current.setText('typed'))
    act(() => draft.current.setUrl('linked'))
    expect(draft.current.text).toBe('linked')
  })
})
