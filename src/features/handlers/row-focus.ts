// The places focus goes back to on the table screen, found again by what they are: a row may have
// been drawn anew, or have got its controls, since focus left it.

/** The "New handler" link, where focus goes when nothing better is on the page. */
export const NEW_HANDLER_ID = 'new-handler'

const ROW = 'tr[data-handler-id]'

const rowOf = (id: number) => document.querySelector<HTMLElement>(`${ROW}[data-handler-id="${id}"]`)

export const rowElement = (id: number) => () => rowOf(id)

export const newHandlerLink = () => document.getElementById(NEW_HANDLER_ID)

/** The row that takes a row's place once it leaves: the next one, or the previous at the end. */
export function rowTakingPlaceOf(id: number): number | null {
  const rows = [...document.querySelectorAll<HTMLElement>(ROW)]
  const at = rows.findIndex((row) => row.dataset.handlerId === String(id))
  if (at < 0) return null
  const next = rows[at + 1] ?? rows[at - 1]
  return next ? Number(next.dataset.handlerId) : null
}

/**
 * Focuses a row once the screen shows it, and once the row `gone` has left (its menu would take
 * focus back to itself on the way out); with no row named, the last row shown, as after a move to
 * the previous page. Gives up after a second.
 */
export function focusRowWhenShown(id: number | null, gone?: number) {
  let tries = 40
  const attempt = () => {
    // The page may be gone meanwhile.
    if (typeof document === 'undefined') return
    const row = id === null ? [...document.querySelectorAll<HTMLElement>(ROW)].at(-1) : rowOf(id)
    const ready = row && (gone === undefined || !rowOf(gone))
    if (ready) {
      row.focus()
      row.scrollIntoView({ block: 'nearest' })
    } else if (--tries > 0) setTimeout(attempt, 25)
  }
  attempt()
}
