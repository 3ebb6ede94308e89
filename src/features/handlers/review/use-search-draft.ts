import { useEffect, useState } from 'react'

const COMMIT_AFTER_MS = 300

interface Draft {
  /** What the box shows. */
  text: string
  /** The URL's search as last seen. */
  inUrl: string
  /** What was last sent to the URL; the URL takes a moment to show it. */
  sent: string | null
}

/**
 * The search box's text: results follow it at once, the URL a moment after typing stops. A URL
 * changed from outside (back, forward, a link) replaces the text; the URL catching up with what
 * the box sent does not, so that keys pressed meanwhile are kept.
 */
export function useSearchDraft(inUrl: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState<Draft>({ text: inUrl, inUrl, sent: null })
  let current = draft
  if (inUrl !== draft.inUrl) {
    current = inUrl === draft.sent ? { ...draft, inUrl } : { text: inUrl, inUrl, sent: null }
    setDraft(current)
  }

  const { text } = current
  const unsent = text !== current.inUrl && text !== current.sent
  useEffect(() => {
    if (!unsent) return
    const timer = setTimeout(() => {
      setDraft((latest) => ({ ...latest, sent: text }))
      commit(text)
    }, COMMIT_AFTER_MS)
    return () => clearTimeout(timer)
  }, [text, unsent, commit])

  const setText = (next: string) => setDraft((latest) => ({ ...latest, text: next }))
  return [text, setText] as const
}
