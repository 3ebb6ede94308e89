// Forwards /api/… to the platform site, and nothing else: the path as the browser sent it (the
// request target is checked before this runs), no cookies up, and only the body, its type and
// the rate-limit headers down, under our own headers.

import replyFrom, { type FastifyReplyFromHooks } from '@fastify/reply-from'
import type { FastifyInstance, HTTPMethods } from 'fastify'
import { UPSTREAM_HEADERS_KEPT } from '../security-headers.ts'
import { refuse } from './refuse.ts'

const METHODS: HTTPMethods[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const TIMEOUT_MS = 60_000
const CERTIFICATE_ERROR = /CERT|SELF_SIGNED|VERIFY|ALTNAME/

export async function apiProxy(app: FastifyInstance, { upstream }: { upstream: URL }) {
  await app.register(replyFrom, {
    base: upstream.origin,
    undici: {
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
      // @fastify/reply-from turns certificate checks off unless told otherwise: every key would
      // go to whoever answers for the upstream's name.
      connect: { rejectUnauthorized: true },
    },
    disableRequestLogging: true,
  })
  // Bodies go up as they came, whatever their type (the dashboard sends multipart forms).
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload))

  const prefix = upstream.pathname.replace(/\/+$/, '')
  app.route({
    method: METHODS,
    url: '/api/*',
    handler: (request, reply) => {
      const path = request.raw.url!.split('?', 1)[0]!
      return reply.from(`${prefix}${path}`, {
        rewriteRequestHeaders: (_request, headers) => {
          // Cookies do not separate ports: every other app on this host would send its own.
          delete headers.cookie
          return headers
        },
        rewriteHeaders: (headers) =>
          Object.fromEntries(
            Object.entries(headers).filter(([name]) => UPSTREAM_HEADERS_KEPT.test(name)),
          ),
        onError: (_sameReply, { error }) => {
          const { status, title, code } = failure(error, upstream.host)
          console.error(`${request.method} ${path}: the API failed (${code})`)
          refuse(reply, status, title)
        },
      } satisfies FastifyReplyFromHooks)
    },
  })
}

function failure(error: Error & { statusCode?: number }, host: string) {
  const code = String((error.cause as { code?: unknown } | undefined)?.code ?? error.name)
  if (CERTIFICATE_ERROR.test(code)) {
    const title = `The upstream certificate of ${host} could not be verified, so nothing was sent to it.`
    return { status: 502, title, code }
  }
  if (error.statusCode === 504)
    return { status: 504, title: `${host} did not answer in time.`, code }
  return { status: 502, title: `${host} could not be reached.`, code }
}
