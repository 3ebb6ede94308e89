import { formatDatetime } from './datetime'
import { newSettings } from './form-values'
import type { PlatformType } from './platform-types'
import { hexKey } from './prng'
import { seedHandlers } from './seed'
import type { Store } from './store'
import type { Account, AccountInit, SeedHandler, StoredHandler } from './types'

interface Site {
  now: number
  /** The types the site offers, which a realistic corpus uses. */
  types: readonly PlatformType[]
}

/** Creates the account and its handlers in the store. */
export function createAccount(store: Store, init: AccountInit, { now, types }: Site): Account {
  const id = store.reserveAccountId()
  const account: Account = {
    id,
    // Derived from the id so that the CLI and the demo print the same keys on every run.
    key: init.key ?? hexKey(0x5eed0000 + id),
    name: init.name ?? `Account ${id}`,
    email: init.email ?? `account${id}@example.com`,
    timezone: init.timezone ?? 'UTC',
    apiAccess: init.apiAccess ?? true,
    limits: { ...init.limits },
    handlers: [],
  }
  store.addAccount(account)

  if (typeof init.handlers === 'number') {
    const options = {
      seed: init.seed ?? id,
      now,
      userId: id,
      startId: store.nextHandlerId(),
      corpus: init.corpus ?? 'realistic',
      types,
    }
    for (const handler of seedHandlers(init.handlers, options)) store.insert(account, handler)
  } else {
    // One at a time: each handler without an id takes the next free one.
    for (const seed of init.handlers ?? []) {
      store.insert(account, fromSeed(seed, id, store.nextHandlerId(), now))
    }
  }
  return account
}

function fromSeed(seed: SeedHandler, userId: number, nextId: number, now: number): StoredHandler {
  return {
    id: seed.id ?? nextId,
    user_id: userId,
    type: seed.type,
    name: seed.name,
    settings: seed.settings ? { ...seed.settings } : defaultSettings(seed.type),
    is_enabled: seed.is_enabled ?? 1,
    datetime: seed.datetime ?? formatDatetime(now),
    last_datetime: seed.last_datetime ?? null,
  }
}

function defaultSettings(type: string | null): Record<string, string> {
  return type === null ? { '': '' } : newSettings(type, {}, true)
}
