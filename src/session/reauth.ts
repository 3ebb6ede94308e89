// Asking for a key again, in place, when one stops working mid-session. Every request that
// fails for the same account waits on the same question.
import type { QueryClient } from '@tanstack/react-query'
import { createStore, useStore } from '../lib/store'
import { accountKey } from './queries'

interface Pending {
  accountId: string
  settle: (renewed: boolean) => void
  answer: Promise<boolean>
}

const pending = createStore<Pending | null>(null)

/** Resolves true once the user has given a working key for the account, false if they gave up. */
export function requestReauth(accountId: string): Promise<boolean> {
  const asked = pending.get()
  if (asked?.accountId === accountId) return asked.answer
  // A question about another account gives way: only the current account's matters.
  asked?.settle(false)
  let settle: (renewed: boolean) => void = () => {}
  const answer = new Promise<boolean>((resolve) => {
    settle = (renewed) => {
      if (pending.get()?.answer === answer) pending.set(null)
      resolve(renewed)
    }
  })
  pending.set({ accountId, settle, answer })
  return answer
}

/** Asks for the key again, then repeats every request of the account that the old key lost. */
export async function reauthenticate(queryClient: QueryClient, accountId: string) {
  if (await requestReauth(accountId)) {
    await queryClient.invalidateQueries({ queryKey: accountKey(accountId) })
  }
}

export function settleReauth(renewed: boolean) {
  pending.get()?.settle(renewed)
}

export function usePendingReauth(): string | null {
  return useStore(pending, (asked) => asked?.accountId ?? null)
}
