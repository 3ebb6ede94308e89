import { useEffect, useState } from 'react'

const COMMIT_AFTER_MS = 300

/**
 * The search box's text: results follow it at once, the URL a moment after typing stops. A URL
 * changed from outside (back, forward, a link) replaces the text.
 */
export function useSearchDraft(inUrl: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState({ text: inUrl, committed: inUrl })
  let current = draft
  if (inUrl !== draft.committed) {
    current = { text: inUrl, committed: inUrl }
    setDraft(current)
  }

  useEffect(() => {
    if (current.text === current.committed) return
    const timer = setTimeout(() => {
      setDraft((latest) => ({ ...latest, committed: latest.text }))
      commit(current.text)
    }, COMMIT_AFTER_MS)
    return () => clearTimeout(timer)
  }, [current.text, current.committed, commit])

  const setText = (text: string) => setDraft((latest) => ({ ...latest, text }))
  return [current.text, setText] as const
}
