// The platform's two tables, users and notification_handlers, in memory. Ids are global like
// database auto-increments, so another account's id exists but must still answer 404.

import type { Account, StoredHandler } from './types'

export class Store {
  private readonly byKey = new Map<string, Account>()
  private readonly handlerIds = new Set<number>()
  private nextAccountId = 1
  private handlerCounter = 1

  reserveAccountId(): number {
    return this.nextAccountId++
  }

  /** The id the next new handler gets; `insert` moves it on. */
  nextHandlerId(): number {
    return this.handlerCounter
  }

  addAccount(account: Account): void {
    if (this.byKey.has(account.key)) throw new Error('An account with this key already exists.')
    this.byKey.set(account.key, account)
  }

  accountByKey(key: string): Account | undefined {
    return this.byKey.get(key)
  }

  insert(account: Account, handler: StoredHandler): void {
    if (this.handlerIds.has(handler.id))
      throw new Error(`Handler id ${handler.id} is already taken.`)
    this.handlerIds.add(handler.id)
    this.handlerCounter = Math.max(this.handlerCounter, handler.id + 1)
    const list = account.handlers
    const last = list[list.length - 1]
    list.push(handler)
    if (last && last.id > handler.id) list.sort((a, b) => a.id - b.id)
  }

  find(account: Account, id: number): StoredHandler | undefined {
    return account.handlers.find((handler) => handler.id === id)
  }

  remove(account: Account, id: number): void {
    const index = account.handlers.findIndex((handler) => handler.id === id)
    if (index >= 0) account.handlers.splice(index, 1)
    this.handlerIds.delete(id)
  }
}
