import { lazy, useState } from 'react'

// The table and everything it draws are a chunk of their own, so that the sign-in screen does
// not carry them. Opened at a table address, main.tsx loads the chunk before the first render,
// alongside the list's request, and the route draws it at once; reached from the sign-in screen,
// it is loaded then.
type TableScreen = typeof import('../features/handlers/handlers-page')

let loaded: TableScreen | undefined
let loading: Promise<TableScreen> | undefined

export function loadTableScreen(): Promise<TableScreen> {
  loading ??= import('../features/handlers/handlers-page').then((module) => (loaded = module))
  return loading
}

const LazyHandlersPage = lazy(() =>
  loadTableScreen().then((module) => ({ default: module.HandlersPage })),
)

/** The table, without a moment under Suspense when its code is already here. */
export function TableRoute() {
  const [Page] = useState(() => loaded?.HandlersPage ?? LazyHandlersPage)
  return <Page />
}
