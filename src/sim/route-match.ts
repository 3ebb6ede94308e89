// Matched on the path's end so that the same simulator answers under any prefix: `/api` behind
// the dev proxy, `/demo/api` in the browser demo.

export type Route =
  | { name: 'handlers'; base: string }
  | { name: 'handler'; base: string; id: string }
  | { name: 'user' }

const HANDLERS = /^(.*\/api\/notification-handlers)(?:\/([^/]+))?\/?$/
const USER = /\/api\/user\/?$/

export function matchRoute(pathname: string): Route | null {
  const handlers = HANDLERS.exec(pathname)
  if (handlers) {
    const base = handlers[1] ?? ''
    const id = handlers[2]
    return id === undefined ? { name: 'handlers', base } : { name: 'handler', base, id }
  }
  return USER.test(pathname) ? { name: 'user' } : null
}
