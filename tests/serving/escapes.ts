// Requests that try to leave /api/ through a proxy in front of the dashboard, and what a server
// must do with each: refuse it, or forward a path that stays inside /api/ however it is read.

import { mkdirSync, writeFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { expectSecurityHeaders } from './checks'
import type { RawAnswer } from './raw-request'
import type { TestUpstream } from './upstreams'

export const ESCAPE_ATTEMPTS = [
  '/api/../admin',
  '/api/x/../../admin',
  '/api/x/../user',
  '/api/./user',
  '/./api/../admin',
  '/x/../api/user',
  '/api/%2e%2e/admin',
  '/api/%2E%2E/admin',
  '/api/.%2e/admin',
  '/api/%252e%252e/admin',
  '/api/..%2fadmin',
  '/api%2f..%2fadmin',
  '/api/%2e%2e%2fadmin',
  '/api/%2e%2e%5cadmin',
  '/api/%5c..%5cadmin',
  '/api/..\\admin',
  '/api/..;/admin',
  '/api;/admin',
  '/api/x;/../../admin',
  '/apifoo/bar',
  '/api-internal',
  '/api',
  '//api/../admin',
  '/api//../admin',
  'http://localhost/api/../admin',
  'http://localhost/admin',
]

export interface EscapeResult {
  target: string
  status: number
  /** The targets the upstream received while this attempt ran. */
  upstreamSaw: string[]
}

/** Sends each attempt in turn, records what reached the upstream and keeps it in test-results/. */
export async function tryEscapes(
  label: string,
  send: (target: string) => Promise<RawAnswer>,
  upstream: TestUpstream,
): Promise<{ result: EscapeResult; answer: RawAnswer }[]> {
  const tried: { result: EscapeResult; answer: RawAnswer }[] = []
  for (const target of ESCAPE_ATTEMPTS) {
    const before = upstream.seen.length
    const answer = await send(target)
    const upstreamSaw = upstream.seen.slice(before).map((request) => request.target)
    tried.push({ result: { target, status: answer.status, upstreamSaw }, answer })
  }
  const results = tried.map(({ result }) => result)
  const dir = fileURLToPath(new URL('../../test-results', import.meta.url))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `path-escapes-${label}.json`), `${JSON.stringify(results, null, 2)}\n`)
  console.log(
    `Path escapes through ${label}:\n` +
      results
        .map(({ target, status, upstreamSaw }) => {
          const seen = upstreamSaw.length ? upstreamSaw.join(', ') : 'nothing'
          return `  ${target.padEnd(32)} ${String(status).padEnd(4)} upstream saw ${seen}`
        })
        .join('\n'),
  )
  return tried
}

/** Each attempt is refused in the open, or reaches only a path inside /api/. */
export function expectNoEscape(tried: { result: EscapeResult; answer: RawAnswer }[]) {
  for (const { result, answer } of tried) {
    for (const seen of result.upstreamSaw) {
      expect(readLeniently(seen), `${result.target} reached the upstream as ${seen}`).toMatch(
        /^\/api\//,
      )
    }
    if (result.upstreamSaw.length === 0) {
      expect([400, 404], `${result.target} answered ${result.status}`).toContain(answer.status)
      expectSecurityHeaders(answer.headers, result.target)
    }
  }
}

/**
 * The path a lenient server could make of a target: decoded twice over, backslashes taken as
 * slashes, `;` parameters dropped, dot segments resolved.
 */
export function readLeniently(target: string): string {
  let path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split('?', 1)[0]!
  for (let round = 0; round < 3; round += 1) {
    try {
      path = decodeURIComponent(path)
    } catch {
      break
    }
  }
  path = path.replaceAll('\\', '/').replace(/;[^/]*/g, '')
  return posix.normalize(`/${path}`)
}
