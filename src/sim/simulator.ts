// The Conecto notification-handlers API in memory, on the Fetch API's Request and Response so
// that msw (tests, browser demo) and a plain Node server (e2e) host the very same behaviour.

import { createAccount } from './accounts'
import { createHandler } from './create-route'
import { FaultQueue, faultResponse } from './faults'
import { routeOne } from './handler-routes'
import { listHandlers } from './list-route'
import { CONECTO_TYPES } from './platform-types'
import type { PlatformType } from './platform-types'
import { RateLimiter } from './rate-limit'
import { bearerKey, readForm, sleep } from './request-parts'
import { errorResponse, notFound } from './responses'
import type { RouteContext } from './route-context'
import { matchRoute } from './route-match'
import type { Route } from './route-match'
import { Store } from './store'
import type {
  Account,
  AccountInit,
  Dialect,
  Fault,
  LoggedRequest,
  SimOptions,
  StoredHandler,
} from './types'
import { showUser } from './user-route'

// Re-exported because callers code against this module, not against the files behind it.
export type {
  AccountInit,
  Corpus,
  Dialect,
  Fault,
  LoggedRequest,
  SeedHandler,
  SimOptions,
  StoredHandler,
} from './types'
export { ALL_TYPES, CONECTO_TYPES } from './platform-types'
export type { PlatformType } from './platform-types'

const DEFAULT_RATE_LIMIT = { limit: 60, windowSeconds: 60 }

export class Simulator {
  readonly requests: LoggedRequest[] = []
  private readonly store = new Store()
  private readonly faults = new FaultQueue()
  private readonly now: () => number
  private readonly types: readonly PlatformType[]
  private dialect: Dialect
  private limiter: RateLimiter

  constructor(options: SimOptions = {}) {
    this.now = options.now ?? Date.now
    this.dialect = options.dialect ?? 'platform'
    this.types = [...(options.types ?? CONECTO_TYPES)]
    this.limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, this.now)
  }

  addAccount(init: AccountInit = {}): { key: string; id: number } {
    const account = createAccount(this.store, init, { now: this.now(), types: this.types })
    return { key: account.key, id: account.id }
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const path = url.pathname + url.search
    const fields = method === 'POST' ? await readForm(request) : null
    const key = bearerKey(request.headers.get('Authorization'))
    const account = key === null ? undefined : this.store.accountByKey(key)
    const at = this.now()

    const response = await this.respond(request, { url, method, path, fields, key, account })
    this.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      fields,
      contentType: request.headers.get('Content-Type'),
      account: account ? String(account.id) : null,
      status: response.type === 'error' ? 0 : response.status,
      at,
    })
    return response
  }

  private async respond(request: Request, parsed: Parsed): Promise<Response> {
    const fault = this.faults.take(parsed.method, parsed.path, parsed.fields)
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs, request.signal)
      const faulty = faultResponse(fault, this.limiter.fullWindowSeconds())
      if (faulty) return faulty
    }

    const route = matchRoute(parsed.url.pathname)
    if (!route || (route.name === 'user' && this.dialect === 'documented')) return notFound()

    // The platform checks the key before the method, so even a CORS preflight gets a 401.
    const { key, account } = parsed
    if (key === null) return errorResponse(401, 'You must provide an API key.', '401')
    if (!account) return errorResponse(401, 'The API key is not valid.')
    if (!account.apiAccess) return errorResponse(401, 'Your plan does not include API access.')

    const rate = this.limiter.check(key)
    const response = rate.allowed
      ? this.dispatch(route, parsed, account)
      : errorResponse(429, 'You have exceeded the rate limit of the API, please try again later.')
    for (const [name, value] of Object.entries(rate.headers)) response.headers.set(name, value)
    return response
  }

  private dispatch(route: Route, parsed: Parsed, account: Account): Response {
    if (route.name === 'user') {
      return parsed.method === 'GET' ? showUser(account, this.types) : notFound()
    }
    const ctx: RouteContext = {
      url: parsed.url,
      base: route.base,
      fields: parsed.fields ?? {},
      account,
      dialect: this.dialect,
      types: this.types,
      now: this.now(),
      store: this.store,
    }
    if (route.name === 'handler') return routeOne(ctx, parsed.method, route.id)
    if (parsed.method === 'GET') return listHandlers(ctx)
    if (parsed.method === 'POST') return createHandler(ctx)
    return notFound()
  }

  injectFault(fault: Fault): void {
    this.faults.add(fault)
  }

  clearFaults(): void {
    this.faults.clear()
  }

  clearLog(): void {
    // Emptied in place so that a reference a test holds stays live.
    this.requests.length = 0
  }

  handlersOf(key: string): StoredHandler[] {
    const account = this.store.accountByKey(key)
    if (!account) throw new Error('No account has this key.')
    return structuredClone(account.handlers)
  }

  setDialect(dialect: Dialect): void {
    this.dialect = dialect
  }

  setRateLimit(rateLimit: SimOptions['rateLimit']): void {
    this.limiter = new RateLimiter(rateLimit ?? DEFAULT_RATE_LIMIT, this.now)
  }
}

interface Parsed {
  url: URL
  method: string
  path: string
  fields: Record<string, string> | null
  key: string | null
  account: Account | undefined
}
