// Asking for a key again, in place, when one stops working mid-session. Every request that
// fails for the same account waits on the same question.
import type { QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { accountKey } from './queries'

interface Pending {
  accountId: string
  settle: (renewed: boolean) => void
  answer: Promise<boolean>
}

const listeners = new Set<() => void>()
let pending: Pending | null = null

/** Resolves true once the user has given a working key for the account, false if they gave up. */
export function requestReauth(accountId: string): Promise<boolean> {
  if (pending?.accountId === accountId) return pending.answer
  // A question about another account gives way: only the current account's matters.
  pending?.settle(false)
  let settle: (renewed: boolean) => void = () => {}
  const answer = new Promise<boolean>((resolve) => {
    settle = (renewed) => {
      if (pending?.answer === answer) pending = null
      resolve(renewed)
      notify()
    }
  })
  pending = { accountId, settle, answer }
  notify()
  return answer
}

/** Asks for the key again, then repeats every request of the account that the old key lost. */
export async function reauthenticate(queryClient: QueryClient, accountId: string) {
  if (await requestReauth(accountId)) {
    await queryClient.invalidateQueries({ queryKey: accountKey(accountId) })
  }
}

export function settleReauth(renewed: boolean) {
  pending?.settle(renewed)
}

export function usePendingReauth(): string | null {
  return useSyncExternalStore(subscribe, () => pending?.accountId ?? null)
}

function notify() {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
