import type { Fault, SeedHandler } from '../../src/sim/simulator'
import type { Ctx } from './context'
import type { Attempts, FaultName } from './faults'

/** One row of the fault matrix: something the user does that talks to the server. */
export interface Operation extends Attempts {
  id: string
  title: string
  /** Faults that cannot meaningfully happen to this operation, each with the reason. */
  notApplicable: Partial<Record<FaultName, string>>
  /** The account's handlers, where the usual three do not do. */
  seed?: SeedHandler[]
  /** Everything up to the moment the user acts (the fault is set up after this). */
  prepare(ctx: Ctx): Promise<Run>
}

export interface Run {
  /** The requests a fault is aimed at. */
  target: Pick<Fault, 'method' | 'path' | 'fields'>
  /** How many requests a fault must spoil, where the operation makes more than one. */
  times?: Partial<Record<FaultName, number>>
  /** A 404 that the server means: the handler was deleted elsewhere. Unset: a 404 is injected. */
  deleteElsewhere?: () => void
  act(): Promise<void>
  /** Where the screen tells the user what happened; throws while it does not. */
  report(fault: FaultName): HTMLElement
  /** What the user must read there, from the catalogue. */
  messages(fault: FaultName): string[]
  /** What the user typed is all still there. */
  kept(): void
  /** The screen shows nothing the simulator does not hold; throws while it does. */
  agrees(fault: FaultName): void
  /** The way the screen offers to try again, taken with the fault gone; null where none is. */
  retry(fault: FaultName): (() => Promise<void>) | null
  /** After the retry: throws until the operation has done what the user asked. */
  done(fault: FaultName): void
}
