// What a handler's target must look like before it is sent: the server checks nothing and stores
// whatever it gets, so a typo here becomes alerts that silently go nowhere.
import type { MessageKey } from '../i18n/en'
import { latinDigits } from '../lib/digits'
import type { HostRule, TargetInput } from './registry'
import { targetInputs } from './target'

/**
 * The address pattern zod's `z.email()` checks: apostrophes, plus signs and subdomains allowed, no
 * quoted or IP-address forms. Written out because the table screen runs it on every row, and
 * importing it from zod brings 5 kB of zod's core along.
 */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

/** The server counts characters as code points (mb_substr): an emoji is one. */
export function charCount(value: string): number {
  return Array.from(value).length
}

function onHost(url: URL, rule: HostRule): boolean {
  const host = url.hostname.toLowerCase()
  const hostMatches = host === rule.host || (rule.subdomains && host.endsWith(`.${rule.host}`))
  const pathMatches =
    (!rule.pathPrefix || url.pathname.startsWith(rule.pathPrefix)) &&
    (!rule.path || rule.path.test(url.pathname))
  return hostMatches && pathMatches
}

function urlProblem(input: TargetInput, value: string): MessageKey | null {
  if (input.rule.kind !== 'url') return null
  // A space inside is a paste gone wrong; the URL parser would quietly encode it.
  if (/\s/.test(value) || !URL.canParse(value)) return 'form.error.url'
  const url = new URL(value)
  if (url.protocol === 'http:') return 'form.error.https'
  if (url.protocol !== 'https:' || !url.hostname.includes('.')) return 'form.error.url'
  const { hosts, retired = [], hostError = 'form.error.url' } = input.rule
  if (!hosts) return null
  const allowed = [...hosts, ...retired].some((rule) => onHost(url, rule))
  // The bare host is not a webhook: the service's URL always has a path after it.
  if (!allowed || url.pathname.length <= 1) return hostError
  return null
}

/** A value as it is sent: trimmed, and with Latin digits where the field reads only those. */
export function cleanTarget(input: TargetInput, value: string): string {
  const trimmed = value.trim()
  return input.digits ? latinDigits(trimmed) : trimmed
}

/** The message key of what is wrong with a (cleaned) target, or null when it may be sent. */
export function targetProblem(input: TargetInput, value: string): MessageKey | null {
  if (value === '') return 'form.error.targetRequired'
  if (charCount(value) > input.maxLength) return 'form.error.targetTooLong'
  const rule = input.rule
  if (rule.kind === 'email') return EMAIL.test(value) ? null : 'form.error.email'
  if (rule.kind === 'pattern') return rule.pattern.test(value) ? null : rule.error
  return urlProblem(input, value)
}

/** A target that may be sent but will probably not work, e.g. a retired Teams connector URL. */
export function targetWarning(input: TargetInput, value: string): MessageKey | null {
  const rule = input.rule
  if (rule.kind !== 'url' || !rule.retired || !URL.canParse(value.trim())) return null
  const url = new URL(value.trim())
  return rule.retired.some((retired) => onHost(url, retired)) ? (rule.retiredWarning ?? null) : null
}

export interface TargetCheck {
  /** What the form would refuse, as a message key. */
  problem: MessageKey | null
  /** What would save but probably not deliver. */
  warning: MessageKey | null
}

/** A type's settings checked by its rules, the first problem and warning found; null for a type
 * without settings or not known here. */
export function checkSettings(
  type: string | null,
  settings: Record<string, string>,
): TargetCheck | null {
  const inputs = targetInputs(type)
  if (inputs.length === 0) return null
  const checks = inputs.map((input) => {
    // As stored: Persian digits the server holds are what the service would be sent.
    const value = (settings[input.name] ?? '').trim()
    return { problem: targetProblem(input, value), warning: targetWarning(input, value) }
  })
  return {
    problem: checks.find((check) => check.problem)?.problem ?? null,
    warning: checks.find((check) => check.warning)?.warning ?? null,
  }
}
