import type { PlatformType } from './platform-types'
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
  /** The types the site offers. */
  types: readonly PlatformType[]
  now: number
  store: Store
}
