import type { PlatformType } from './platform-types'

export type Dialect = 'documented' | 'platform'

export type RateLimitOption = { limit: number; windowSeconds: number } | false

export interface SimOptions {
  dialect?: Dialect
  rateLimit?: RateLimitOption
  /** Clock in ms; tests pass a fake one to move through rate-limit windows. */
  now?: () => number
  /** The handler types the site offers: Conecto's six unless told otherwise. */
  types?: readonly PlatformType[]
}

/** Seed data: `realistic` looks like a real Conecto account, `simple` is short and plain. */
export type Corpus = 'realistic' | 'simple'

/** A handler as the platform stores it (and as its `platform` dialect sends it). */
export interface StoredHandler {
  id: number
  user_id: number
  /** Null when an update corrupted it; may also be a type the site does not offer, or one unknown to the platform. */
  type: string | null
  name: string
  settings: Record<string, string>
  /** 0 disabled, 1 enabled, 2 e-mail waiting for confirmation; whatever PHP's int cast gave on update. */
  is_enabled: number
  datetime: string
  last_datetime: string | null
}

/** An explicit handler for `addAccount`; missing parts are filled in as a create would. */
export interface SeedHandler {
  id?: number
  type: string | null
  name: string
  settings?: Record<string, string>
  is_enabled?: number
  datetime?: string
  last_datetime?: string | null
}

export interface AccountInit {
  key?: string
  name?: string
  email?: string
  timezone?: string
  /** False models a plan without API access: every request answers 401. */
  apiAccess?: boolean
  /** Per-type plan limit, -1 = unlimited, 0 = not in the plan. */
  limits?: Partial<Record<PlatformType, number>>
  handlers?: number | SeedHandler[]
  seed?: number
  /** What a number of `handlers` is made of; realistic unless told otherwise. */
  corpus?: Corpus
}

export interface Account {
  id: number
  key: string
  name: string
  email: string
  timezone: string
  apiAccess: boolean
  limits: Partial<Record<PlatformType, number>>
  /** Kept sorted by id, the order the list endpoint returns. */
  handlers: StoredHandler[]
}

export interface Fault {
  method?: string
  /** Substring of, or regex tested against, pathname + search. */
  path?: string | RegExp
  /** Form fields the request must carry, to aim at one create among several alike. */
  fields?: Record<string, string>
  status?: number
  body?: string
  contentType?: string
  delayMs?: number
  drop?: boolean
  times?: number
}

export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  fields: Record<string, string> | null
  contentType: string | null
  /** The account id as a string, never the key; null when the key matched no account. */
  account: string | null
  /** 0 for a dropped connection. */
  status: number
  at: number
}
