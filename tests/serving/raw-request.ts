// One HTTP/1.1 request written by hand on a socket: fetch and http.request would normalise or
// refuse the very targets a test needs to send.

import { connect as connectTcp, type Socket } from 'node:net'
import { connect as connectTls } from 'node:tls'

export interface ServerAddress {
  port: number
  /** The Host header to send, e.g. `localhost:4173`. */
  host: string
  /** TLS, trusting this CA and naming this server. */
  tls?: { ca: string; servername: string }
}

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>
  body: string
}

export interface RawOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
}

export function rawRequest(
  server: ServerAddress,
  target: string,
  { method = 'GET', headers = {}, body = '' }: RawOptions = {},
): Promise<RawAnswer> {
  const lines = [`${method} ${target} HTTP/1.1`, `Host: ${server.host}`, 'Connection: close']
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`)
  const request = `${lines.join('\r\n')}\r\n\r\n${body}`

  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket: Socket = server.tls
      ? connectTls({ host: '127.0.0.1', port: server.port, ...server.tls }, () =>
          socket.write(request),
        )
      : connectTcp(server.port, '127.0.0.1', () => socket.write(request))
    socket.setTimeout(15_000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.once('error', () => undefined)
    socket.once('close', () => resolve(parse(Buffer.concat(chunks).toString('latin1'))))
  })
}

function parse(raw: string): RawAnswer {
  const end = raw.indexOf('\r\n\r\n')
  if (end < 0) return { status: 0, headers: {}, body: '' }
  const [statusLine, ...headerLines] = raw.slice(0, end).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of headerLines) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value
  }
  let body = raw.slice(end + 4)
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = unchunk(body)
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0),
    headers,
    body: Buffer.from(body, 'latin1').toString('utf8'),
  }
}

function unchunk(raw: string): string {
  let body = ''
  let rest = raw
  for (;;) {
    const lineEnd = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, lineEnd), 16)
    if (!size) return body
    body += rest.slice(lineEnd + 2, lineEnd + 2 + size)
    rest = rest.slice(lineEnd + 2 + size + 2)
  }
}
