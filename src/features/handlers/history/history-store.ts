// The changes made through the dashboard in this tab, per account, newest first. They hold the
// user's own handlers in full (a deleted one's secret URL, to restore it), so they follow the
// key's strictest rule: memory and this tab's sessionStorage, never localStorage, and gone when
// the account is signed out. A remembered account's history is not kept on the device either: a
// tab's history belongs to that tab, and another tab has its own.
import * as v from 'valibot'
import { accountsStore } from '../../../session/accounts-store'
import { createStore, useStore } from '../../../lib/store'
import { historySchema, type HistoryEntry } from './entry'

/** Older entries than these leave the history. */
export const HISTORY_LIMIT = 500

const PREFIX = 'conecto.history.'

/** Why a history was dropped: read back damaged, or too large for the tab's storage. */
export type HistoryProblem = 'unreadable' | 'unwritable'

interface HistoryState {
  byAccount: Readonly<Record<string, readonly HistoryEntry[]>>
  problem: HistoryProblem | null
}

const NONE: readonly HistoryEntry[] = []
const store = createStore<HistoryState>({ byAccount: {}, problem: null })
/** Accounts whose history lasts in memory only, after their storage refused it. */
const memoryOnly = new Set<string>()

function read(accountId: string): readonly HistoryEntry[] {
  const key = PREFIX + accountId
  let stored: string | null
  try {
    stored = sessionStorage.getItem(key)
  } catch {
    return NONE
  }
  if (stored === null) return NONE
  try {
    const parsed = v.safeParse(historySchema, JSON.parse(stored))
    if (parsed.success) return parsed.output
  } catch {
    // Damaged JSON: dropped below, like entries of the wrong shape.
  }
  sessionStorage.removeItem(key)
  store.set({ ...store.get(), problem: 'unreadable' })
  return NONE
}

function write(accountId: string, entries: readonly HistoryEntry[]) {
  if (memoryOnly.has(accountId)) return
  try {
    sessionStorage.setItem(PREFIX + accountId, JSON.stringify(entries))
  } catch {
    // Over the quota: what is stored would only be a part, so none is, and the page keeps it.
    memoryOnly.add(accountId)
    try {
      sessionStorage.removeItem(PREFIX + accountId)
    } catch {
      // No storage at all: nothing to remove.
    }
    store.set({ ...store.get(), problem: 'unwritable' })
  }
}

function entriesOf(accountId: string): readonly HistoryEntry[] {
  const known = store.get().byAccount[accountId]
  if (known) return known
  const loaded = read(accountId)
  store.set({ ...store.get(), byAccount: { ...store.get().byAccount, [accountId]: loaded } })
  return loaded
}

/** Adds a change to the top of an account's history. */
export function recordChange(accountId: string, entry: HistoryEntry) {
  if (entry.changes.length === 0) return
  const entries = [entry, ...entriesOf(accountId)].slice(0, HISTORY_LIMIT)
  store.set({ ...store.get(), byAccount: { ...store.get().byAccount, [accountId]: entries } })
  write(accountId, entries)
}

export function historyOf(accountId: string): readonly HistoryEntry[] {
  return entriesOf(accountId)
}

/** Drops an account's history from memory and storage. */
export function forgetHistory(accountId: string) {
  memoryOnly.delete(accountId)
  try {
    sessionStorage.removeItem(PREFIX + accountId)
  } catch {
    // No storage: only memory held it.
  }
  const byAccount = { ...store.get().byAccount }
  delete byAccount[accountId]
  store.set({ ...store.get(), byAccount })
}

export function useHistory(accountId: string): readonly HistoryEntry[] {
  return useStore(store, (state) => state.byAccount[accountId] ?? NONE)
}

/** A history dropped since last asked, to be told once. */
export const historyProblem = () => store.get().problem

export function useHistoryProblem(): HistoryProblem | null {
  return useStore(store, (state) => state.problem)
}

export function clearHistoryProblem() {
  store.set({ ...store.get(), problem: null })
}

/** Loads what this tab kept of the accounts signed in, and drops what no account owns. */
function loadSignedIn() {
  const ids = new Set(accountsStore.get().accounts.map((account) => account.id))
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX) && !ids.has(key.slice(PREFIX.length)))
        forgetHistory(key.slice(PREFIX.length))
    }
  } catch {
    // No storage: nothing kept.
  }
  for (const id of ids) entriesOf(id)
}

// Signing out, here or in another tab of a remembered account, takes the account's history along.
accountsStore.subscribe(() => {
  const ids = new Set(accountsStore.get().accounts.map((account) => account.id))
  for (const id of Object.keys(store.get().byAccount)) if (!ids.has(id)) forgetHistory(id)
  for (const id of ids) entriesOf(id)
})
loadSignedIn()
