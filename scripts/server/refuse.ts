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
