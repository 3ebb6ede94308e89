import { use, type ReactNode } from 'react'
import type { Account } from '../../session/accounts-store'
import { ensureDemo } from './demo'

/** A demo account's requests are answered by the in-browser simulator, which must be running first. */
export function DemoReady({ account, children }: { account: Account; children: ReactNode }) {
  if (account.kind === 'demo') use(ensureDemo())
  return children
}
