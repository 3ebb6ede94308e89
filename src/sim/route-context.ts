import type { Store } from './store'
import type { Account, Dialect } from './types'

/** What every endpoint gets once the request is routed and authenticated. */
export interface RouteContext {
  url: URL
  /** The request path up to and including `/api/notification-handlers`, whatever the prefix. */
  base: string
  fields: Record<string, string>
  account: Account
  dialect: Dialect
  now: number
  store: Store
}
