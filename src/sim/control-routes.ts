// Test and benchmark controls for the Node host, kept outside `/api` so that they can never be
// mistaken for, or collide with, the API being simulated.

import { errorResponse, jsonResponse, noContent } from './responses'
import type { Fault, Simulator } from './simulator'

export const CONTROL_PREFIX = '/__sim/'

export async function controlResponse(sim: Simulator, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url)
  const route = `${request.method.toUpperCase()} ${pathname.replace(/\/$/, '')}`
  switch (route) {
    case 'GET /__sim/requests':
      return jsonResponse(sim.requests)
    case 'DELETE /__sim/requests':
      sim.clearLog()
      return noContent()
    case 'POST /__sim/faults': {
      const fault = parseFault(await request.text())
      if (!fault) return errorResponse(400, 'The body must be a JSON fault object.')
      sim.injectFault(fault)
      return jsonResponse({ data: fault }, 201)
    }
    case 'DELETE /__sim/faults':
      sim.clearFaults()
      return noContent()
    default:
      return errorResponse(404, 'Unknown simulator control.')
  }
}

const STRING_KEYS = ['method', 'path', 'body', 'contentType'] as const
const NUMBER_KEYS = ['status', 'delayMs', 'times'] as const

/** Copies only well-typed fault fields, so a typo fails loudly instead of faulting everything. */
function parseFault(text: string): Fault | null {
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null
  const source = input as Record<string, unknown>
  const fault: Fault = {}
  for (const key of Object.keys(source)) {
    const value = source[key]
    if ((STRING_KEYS as readonly string[]).includes(key) && typeof value === 'string') {
      Object.assign(fault, { [key]: value })
    } else if ((NUMBER_KEYS as readonly string[]).includes(key) && typeof value === 'number') {
      Object.assign(fault, { [key]: value })
    } else if (key === 'drop' && typeof value === 'boolean') {
      fault.drop = value
    } else {
      return null
    }
  }
  return fault
}
