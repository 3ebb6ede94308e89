// The server of `npm start`: the production build, and /api forwarded to the platform site.
// Every answer, refusals and errors included, leaves with the security headers: they are put on
// the raw response before Fastify sees the request.

import { createServer } from 'node:http'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { API_HEADERS, cacheControl, SECURITY_HEADERS } from '../security-headers.ts'
import { apiProxy } from './api-proxy.ts'
import { isAllowedHost } from './hosts.ts'
import { refuse, refuseUnparsable } from './refuse.ts'
import { judgeTarget } from './request-target.ts'

export interface AppOptions {
  /** The production build, e.g. dist/. */
  distDir: string
  /** The platform site whose /api is forwarded to. */
  upstream: URL
  /** Host names besides localhost and IP addresses that the server answers to. */
  hostNames: string[]
}

export async function createApp({
  distDir,
  upstream,
  hostNames,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    clientErrorHandler: refuseUnparsable,
    serverFactory: (handler) =>
      createServer((request, response) => {
        const target = request.url ?? ''
        const headers =
          judgeTarget(target) === 'page'
            ? { ...SECURITY_HEADERS, 'Cache-Control': cacheControl(target.split('?', 1)[0]!) }
            : API_HEADERS
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        handler(request, response)
      }),
  })

  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, hostNames)) {
      return refuse(reply, 403, 'This server does not answer to that host name.')
    }
    const verdict = judgeTarget(request.raw.url ?? '')
    if (verdict === 'refused') {
      return refuse(
        reply,
        400,
        'This address is not allowed: dot segments, encoded slashes and the like are refused.',
      )
    }
    if (verdict === 'not-api') return refuse(reply, 404, 'There is nothing at this address.')
    // No CORS: the dashboard calls its own origin, and no other origin may use the proxy.
    if (request.method === 'OPTIONS')
      return reply.code(204).header('Allow', 'GET, HEAD, POST, PUT, PATCH, DELETE').send()
  })

  await app.register(apiProxy, { upstream })
  // The build writes a brotli and a gzip copy beside each text file (vite.config.ts).
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    serveDotFiles: false,
    preCompressed: true,
    // A cache between here and the browser keeps each encoding apart.
    setHeaders: (response) => response.setHeader('Vary', 'Accept-Encoding'),
  })

  // The dashboard's routes live in the browser; a missing asset is a plain 404.
  app.setNotFoundHandler((request, reply) => {
    const path = request.raw.url!.split('?', 1)[0]!
    const page = ['GET', 'HEAD'].includes(request.method) && judgeTarget(path) === 'page'
    if (page && !path.startsWith('/assets/')) return reply.sendFile('index.html')
    return refuse(reply, 404, 'There is nothing at this address.')
  })
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
    return refuse(
      reply,
      status,
      status < 500 ? 'The request could not be read.' : 'The server failed.',
    )
  })
  return app
}
