// The signed-in account, kept for this browser tab only (sessionStorage): closing the tab
// forgets the key. Components read it with useSyncExternalStore.
import { useSyncExternalStore } from 'react'

export type AccountKind = 'server' | 'demo'

export interface Account {
  /** Stable per key and server, never derived from the key's secret part. */
  id: string
  kind: AccountKind
  apiKey: string
  /** Shown in the header instead of the key. */
  last4: string
  /** The account's name, where the server tells it. */
  name: string | null
}

export const API_BASE: Record<AccountKind, string> = { server: '/api', demo: '/demo/api' }

const STORAGE_KEY = 'conecto.session'
const listeners = new Set<() => void>()
let current: Account | null = read()

export function getAccount(): Account | null {
  return current
}

export function newAccountId(kind: AccountKind): string {
  return `${kind}-${crypto.randomUUID()}`
}

export function signIn(account: Omit<Account, 'last4'>): Account {
  const signedIn: Account = { ...account, last4: account.apiKey.slice(-4) }
  write(signedIn)
  return signedIn
}

export function signOut() {
  write(null)
}

export function useAccount(): Account | null {
  return useSyncExternalStore(subscribe, getAccount, getAccount)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function write(account: Account | null) {
  current = account
  try {
    if (account) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(account))
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Without storage the sign-in lasts until the page is reloaded.
  }
  for (const listener of listeners) listener()
}

function read(): Account | null {
  try {
    const stored = JSON.parse(
      sessionStorage.getItem(STORAGE_KEY) ?? 'null',
    ) as Partial<Account> | null
    if (
      stored &&
      typeof stored.id === 'string' &&
      typeof stored.apiKey === 'string' &&
      (stored.kind === 'server' || stored.kind === 'demo')
    ) {
      return {
        id: stored.id,
        kind: stored.kind,
        apiKey: stored.apiKey,
        last4: stored.apiKey.slice(-4),
        name: typeof stored.name === 'string' ? stored.name : null,
      }
    }
  } catch {
    // A damaged entry is the same as none.
  }
  return null
}
