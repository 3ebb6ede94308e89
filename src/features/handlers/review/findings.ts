// Review findings: what is probably wrong with a handler. Computed once per data set; a handler's
// own findings are remembered by object identity, so patching one handler re-checks only that one.
import type { Handler } from '../../../api/types'
import type { MessageKey } from '../../../i18n/en'
import { isKnownType } from '../../../handler-types/registry'
import { duplicateKey } from '../../../handler-types/target'
import { checkSettings } from '../../../handler-types/target-rules'

export const FINDING_KINDS = [
  'duplicate',
  'invalid',
  'retired',
  'insecure',
  'pending',
  'unknownType',
] as const

export type FindingKind = (typeof FINDING_KINDS)[number]

export interface Finding {
  kind: FindingKind
  /** For `invalid`: what the form would say about the target. */
  problem?: MessageKey
}

export interface FindingsIndex {
  byId: ReadonlyMap<number, readonly Finding[]>
  counts: Readonly<Record<FindingKind, number>>
  /** Handlers with at least one finding. */
  flagged: number
}

export const NO_FINDINGS: readonly Finding[] = Object.freeze([])

// Equal lists are one array, so a memoised row sees "no change" when its findings did not change.
const interned = new Map<string, readonly Finding[]>([['', NO_FINDINGS]])
function intern(findings: Finding[]): readonly Finding[] {
  const key = findings.map((finding) => `${finding.kind}:${finding.problem ?? ''}`).join('|')
  let known = interned.get(key)
  if (!known) {
    known = Object.freeze(findings.map((finding) => Object.freeze(finding)))
    interned.set(key, known)
  }
  return known
}

const own = new WeakMap<Handler, readonly Finding[]>()

/** What can be said about one handler on its own; a duplicate needs the whole account. */
export function handlerFindings(handler: Handler): readonly Finding[] {
  let found = own.get(handler)
  if (!found) {
    found = intern(checkOne(handler))
    own.set(handler, found)
  }
  return found
}

function checkOne(handler: Handler): Finding[] {
  const findings: Finding[] = []
  const check = checkSettings(handler.type, handler.settings)
  if (!isKnownType(handler.type)) findings.push({ kind: 'unknownType' })
  // Plain http has a finding of its own rather than counting as invalid as well.
  else if (check?.problem === 'form.error.https') findings.push({ kind: 'insecure' })
  else if (check?.problem) findings.push({ kind: 'invalid', problem: check.problem })
  else if (check?.warning) findings.push({ kind: 'retired' })
  if (handler.status === 'pending') findings.push({ kind: 'pending' })
  return findings
}

export function computeFindings(handlers: readonly Handler[]): FindingsIndex {
  const uses = new Map<string, number>()
  const keys = handlers.map((handler) => {
    const key = duplicateKey(handler)
    if (key !== null) uses.set(key, (uses.get(key) ?? 0) + 1)
    return key
  })
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<
    FindingKind,
    number
  >
  const byId = new Map<number, readonly Finding[]>()
  let flagged = 0
  handlers.forEach((handler, index) => {
    const key = keys[index]
    const mine = handlerFindings(handler)
    const shared = key != null && (uses.get(key) ?? 0) > 1
    const findings = shared ? intern([{ kind: 'duplicate' }, ...mine]) : mine
    byId.set(handler.id, findings)
    for (const finding of findings) counts[finding.kind] += 1
    if (findings.length > 0) flagged += 1
  })
  return { byId, counts, flagged }
}
