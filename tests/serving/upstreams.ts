// Stand-ins for the platform site behind a proxy, over TLS as the real one is: one that records
// every request as it arrived and answers as a test says, and a TLS front for the simulator.

import { createServer as createHttpsServer } from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { connect, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer, Server as TlsServer } from 'node:tls'
import type { Certificate } from './throwaway-ca'

export interface SeenRequest {
  method: string
  /** The request target exactly as the upstream received it. */
  target: string
  headers: IncomingHttpHeaders
}

export interface TestUpstream {
  /** `https://localhost:<port>`, the name its certificate is for. */
  url: string
  seen: SeenRequest[]
  /** How it answers the requests from now on. */
  answer: Answer
  close(): Promise<void>
}

export type Answer = (request: IncomingMessage, response: ServerResponse) => void

export const answerJson: Answer = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '59' })
  response.end('{"data":[]}')
}

/** The worst an upstream could send: a cookie, caching, its own policy, CORS, an HTML page. */
export const answerHostile: Answer = (_request, response) => {
  response.writeHead(500, {
    'Content-Type': 'text/html; charset=utf-8',
    'Set-Cookie': 'platform_session=stolen; Path=/; HttpOnly',
    'Cache-Control': 'public, max-age=600',
    'Content-Security-Policy': 'default-src *',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
    'X-Frame-Options': 'ALLOWALL',
    'X-RateLimit-Limit': '60',
    'X-RateLimit-Remaining': '41',
    'X-RateLimit-Reset': '17',
  })
  response.end('<!doctype html><title>Error</title><script>alert(document.domain)</script>')
}

export async function startUpstream(certificate: Certificate): Promise<TestUpstream> {
  const server = createHttpsServer(certificate, (request, response) => {
    upstream.seen.push({
      method: request.method ?? '',
      target: request.url ?? '',
      headers: request.headers,
    })
    request.resume()
    request.once('end', () => upstream.answer(request, response))
  })
  const port = await listen(server)
  const upstream: TestUpstream = {
    url: `https://localhost:${port}`,
    seen: [],
    answer: answerJson,
    close: () => close(server),
  }
  return upstream
}

/** The simulator behind TLS: bytes in, bytes out, so it still sees every request as sent. */
export async function startTlsFront(
  certificate: Certificate,
  target: URL,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createTlsServer(certificate, (socket) => {
    const inner = connect(Number(target.port), target.hostname)
    socket.pipe(inner).pipe(socket)
    inner.once('error', () => socket.destroy())
    socket.once('error', () => inner.destroy())
  })
  const port = await listen(server)
  return { url: `https://localhost:${port}`, close: () => close(server) }
}

const sockets = new WeakMap<Server, Set<Socket>>()

function listen(server: Server): Promise<number> {
  const open = new Set<Socket>()
  sockets.set(server, open)
  server.on(server instanceof TlsServer ? 'secureConnection' : 'connection', (socket: Socket) => {
    open.add(socket)
    socket.once('close', () => open.delete(socket))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    for (const socket of sockets.get(server) ?? []) socket.destroy()
  })
}
