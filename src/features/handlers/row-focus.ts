// The places focus goes back to on the table screen, found again by what they are: a row may have
// been drawn anew, or have got its controls, since focus left it.

/** The "New handler" link, where focus goes when nothing better is on the page. */
export const NEW_HANDLER_ID = 'new-handler'

export const rowElement = (id: number) => () =>
  document.querySelector<HTMLElement>(`tr[data-handler-id="${id}"]`)

export const newHandlerLink = () => document.getElementById(NEW_HANDLER_ID)
