import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyReply } from 'fastify'
import { API_HEADERS } from '../security-headers.ts'

/** A refusal in the platform's own error shape, so the dashboard shows its title to the user. */
export function refuse(reply: FastifyReply, status: number, title: string): FastifyReply {
  return reply
    .code(status)
    .headers(API_HEADERS)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ title, status }] }))
}

/** A request Node could not parse never reaches Fastify: its answer is written on the socket. */
export function refuseUnparsable(error: NodeJS.ErrnoException, socket: Duplex) {
  if (socket.destroyed || !socket.writable) return
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const body = JSON.stringify({ errors: [{ title: 'The request could not be read.', status }] })
  const headers = Object.entries({
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      headers.map(([name, value]) => `${name}: ${value}\r\n`).join('') +
      `\r\n${body}`,
  )
}
