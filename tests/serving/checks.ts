// What both servers in front of the dashboard must do, each a step a spec runs against its server:
// the server of `npm start` (app-server.test.ts) and the nginx recipe (e2e/nginx.e2e.ts).

import { expect } from 'vitest'
import { API_HEADERS } from '../../scripts/security-headers'
import { rawRequest, type RawAnswer, type ServerAddress } from './raw-request'
import { answerHostile, answerJson, type TestUpstream } from './upstreams'

export function expectSecurityHeaders(headers: Record<string, string>, what = 'the answer') {
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toBe('no-referrer')
  expect(
    Object.keys(headers).filter((name) => name.startsWith('access-control-')),
    what,
  ).toEqual([])
}

/** Escapes sent while a slow request is on its way: they are refused, and it is still answered. */
export async function expectRefusalsToSpareRequestsInFlight(
  server: ServerAddress,
  upstream: TestUpstream,
) {
  upstream.answer = (request, response) =>
    setTimeout(() => answerJson(request, response), request.url === '/api/slow' ? 500 : 0)
  const slow = rawRequest(server, '/api/slow')
  const refused = await Promise.all(
    ['/api/../admin', '/api/%2e%2e/admin', '/api/..;/admin'].map((target) =>
      rawRequest(server, target),
    ),
  )
  expect(refused.map((answer) => answer.status)).toEqual([400, 400, 400])
  expect((await slow).status).toBe(200)
}

/** A hostile upstream's answer comes through with its status, body and rate limit, under ours. */
export async function expectOnlyOurHeadersOnHostileAnswer(
  server: ServerAddress,
  upstream: TestUpstream,
) {
  upstream.answer = answerHostile
  const answer = await rawRequest(server, '/api/user', {
    headers: { Cookie: 'other_app_session=secret', Origin: 'https://localhost:3000' },
  })
  expect(answer.status).toBe(500)
  expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(answer.body).toContain('<title>Error</title>')
  for (const [name, value] of Object.entries(API_HEADERS)) {
    expect(answer.headers[name.toLowerCase()], name).toBe(value)
  }
  expect(answer.headers['set-cookie']).toBeUndefined()
  expect(answer.headers['x-ratelimit-remaining']).toBe('41')
  expectSecurityHeaders(answer.headers)
  expect(upstream.seen.at(-1)!.headers.cookie).toBeUndefined()
}

/** A CORS preflight from another origin gets an answer that allows it nothing. */
export async function preflight(server: ServerAddress): Promise<RawAnswer> {
  const answer = await rawRequest(server, '/api/user', {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://localhost:3000',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization',
    },
  })
  expect(answer.status).toBe(204)
  expectSecurityHeaders(answer.headers, 'the preflight')
  return answer
}
