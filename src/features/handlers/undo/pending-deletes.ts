// Deletes waiting out their undo window. They live outside React: a delete must still go when the
// screen that asked for it is gone (another route, another account), and when the tab closes.
import { useEffect } from 'react'
import type { CallOptions } from '../../../api/client'
import { accountsStore, getAccounts } from '../../../session/accounts-store'
import { pausableTimer } from './pausable-timer'

/** How long a delete can be taken back before it is sent. */
export const UNDO_WINDOW_MS = 8000

interface PendingDelete {
  accountId: string
  send: (options: CallOptions) => void
  timer: ReturnType<typeof pausableTimer>
}

const pending = new Set<PendingDelete>()

export interface DeferredDelete {
  /** Takes the delete back; false once it has been sent. */
  undo: () => boolean
  /** Sends it now rather than when the window ends. */
  sendNow: () => void
  /** Stops the window's clock while the user is at its notice. */
  hold: (paused: boolean) => void
}

/** Holds a delete back for the undo window, then sends it, or sooner if the user leaves. */
export function deferDelete(
  accountId: string,
  send: (options: CallOptions) => void,
): DeferredDelete {
  const entry: PendingDelete = {
    accountId,
    send,
    timer: pausableTimer(UNDO_WINDOW_MS, () => fire(entry, {})),
  }
  pending.add(entry)
  return {
    undo() {
      if (!pending.delete(entry)) return false
      entry.timer.stop()
      return true
    },
    sendNow: () => fire(entry, {}),
    hold: (paused) => entry.timer.hold(paused),
  }
}

/** Sends an account's pending deletes now (every account's when none is named). */
export function sendPendingDeletes(accountId?: string, options: CallOptions = {}) {
  for (const entry of [...pending]) {
    if (accountId === undefined || entry.accountId === accountId) fire(entry, options)
  }
}

function fire(entry: PendingDelete, options: CallOptions) {
  if (!pending.delete(entry)) return
  entry.timer.stop()
  entry.send(options)
}

// Closing or reloading the tab: the browser finishes these requests after the page is gone. A tab
// that dies without this event sends nothing, which is the safe way round.
globalThis.addEventListener?.('pagehide', () => sendPendingDeletes(undefined, { keepalive: true }))

// A switch to another account, or a sign-out, sends the deletes of the account left behind, with
// the client they were made with: its key still works, even once the account is forgotten here.
accountsStore.subscribe(() => {
  const current = getAccounts().current?.id
  for (const entry of [...pending]) if (entry.accountId !== current) fire(entry, {})
})

/** Leaving the screen (another route) sends what is pending rather than leave it waiting unseen. */
export function useSendPendingOnLeave() {
  useEffect(() => () => sendPendingDeletes(), [])
}
