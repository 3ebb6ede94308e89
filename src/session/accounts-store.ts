// The accounts this browser is signed in to. Each keeps its key where the user chose: for the tab
// only (sessionStorage), or on this device (localStorage). Nothing else about an account is
// stored but its label; which account a tab shows is the tab's own (sessionStorage).
import { createStore, useStore } from '../lib/store'

export type AccountKind = 'server' | 'demo'

export interface Account {
  /** Random, never derived from the key. */
  id: string
  kind: AccountKind
  apiKey: string
  /** The user's name for the account; empty when none was given. */
  label: string
  /** Kept in localStorage rather than for this tab only. */
  remember: boolean
}

export interface AccountsState {
  accounts: readonly Account[]
  current: Account | null
}

export const API_BASE: Record<AccountKind, string> = { server: '/api', demo: '/demo/api' }

const ACCOUNTS_KEY = 'conecto.accounts'
const CURRENT_KEY = 'conecto.current'

const store = createStore<AccountsState>(load())

// Accounts remembered or forgotten in another tab of this browser.
globalThis.addEventListener?.('storage', (event) => {
  if (event.key !== ACCOUNTS_KEY && event.key !== null) return
  store.set(load())
})

export const getAccounts = store.get

/** Follows sign-ins, switches and sign-outs outside React. */
export const subscribeAccounts = store.subscribe

export function getAccount(): Account | null {
  return store.get().current
}

export function last4(account: Pick<Account, 'apiKey'>): string {
  return account.apiKey.slice(-4)
}

/** Adds an account and makes it current; the same key again selects the account it already is. */
export function addAccount(input: Omit<Account, 'id'> & { id?: string }): Account {
  const state = store.get()
  const existing = state.accounts.find(
    (account) => account.kind === input.kind && account.apiKey === input.apiKey,
  )
  if (existing) {
    selectAccount(existing.id)
    return existing
  }
  const account: Account = { ...input, id: input.id ?? newAccountId(input.kind) }
  commit({ accounts: [...state.accounts, account], current: account })
  return account
}

export function selectAccount(id: string) {
  const state = store.get()
  const current = state.accounts.find((account) => account.id === id)
  if (current && current !== state.current) commit({ ...state, current })
}

/** A new key for an account whose key stopped working; everything else about it stays. */
export function replaceKey(id: string, apiKey: string) {
  const state = store.get()
  const accounts = state.accounts.map((account) =>
    account.id === id ? { ...account, apiKey } : account,
  )
  commit({
    accounts,
    current: accounts.find((account) => account.id === state.current?.id) ?? null,
  })
}

export function removeAccount(id: string) {
  const state = store.get()
  const accounts = state.accounts.filter((account) => account.id !== id)
  const current = state.current?.id === id ? (accounts[0] ?? null) : state.current
  commit({ accounts, current })
}

export function removeAllAccounts() {
  commit({ accounts: [], current: null })
}

export function newAccountId(kind: AccountKind): string {
  return `${kind}-${crypto.randomUUID()}`
}

export function useAccounts(): AccountsState {
  return useStore(store)
}

export function useAccount(): Account | null {
  return useAccounts().current
}

function commit(next: AccountsState) {
  save(next)
  store.set(next)
}

function save({ accounts, current }: AccountsState) {
  const write = (storage: Storage, items: Account[]) => {
    if (items.length > 0) storage.setItem(ACCOUNTS_KEY, JSON.stringify(items))
    else storage.removeItem(ACCOUNTS_KEY)
  }
  try {
    write(
      sessionStorage,
      accounts.filter((account) => !account.remember),
    )
    write(
      localStorage,
      accounts.filter((account) => account.remember),
    )
    if (current) sessionStorage.setItem(CURRENT_KEY, current.id)
    else sessionStorage.removeItem(CURRENT_KEY)
  } catch {
    // Without storage the accounts last until the page is reloaded.
  }
}

function load(): AccountsState {
  try {
    const accounts = [...read(localStorage, true), ...read(sessionStorage, false)]
    const currentId = sessionStorage.getItem(CURRENT_KEY)
    return {
      accounts,
      current: accounts.find((account) => account.id === currentId) ?? accounts[0] ?? null,
    }
  } catch {
    return { accounts: [], current: null }
  }
}

function read(storage: Storage, remember: boolean): Account[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(ACCOUNTS_KEY) ?? '[]')
    if (!Array.isArray(stored)) return []
    return stored.flatMap((item: Partial<Account>) =>
      typeof item?.id === 'string' &&
      typeof item.apiKey === 'string' &&
      (item.kind === 'server' || item.kind === 'demo')
        ? [
            {
              id: item.id,
              kind: item.kind,
              apiKey: item.apiKey,
              label: typeof item.label === 'string' ? item.label : '',
              remember,
            },
          ]
        : [],
    )
  } catch {
    // A damaged entry is the same as none.
    return []
  }
}
