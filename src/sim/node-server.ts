// A plain node:http host for the simulator, for e2e runs and local development against a real
// socket: the browser, curl and benchmarks see true HTTP, including dropped connections.

import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CONTROL_PREFIX, controlResponse } from './control-routes'
import type { Simulator } from './simulator'

export interface SimServerOptions {
  port: number
  host?: string
  sim: Simulator
}

export interface SimServer {
  url: string
  close(): Promise<void>
}

export async function startSimServer(options: SimServerOptions): Promise<SimServer> {
  const { sim, port, host = '127.0.0.1' } = options
  const server = createServer((req, res) => {
    serve(sim, req, res).catch((error: unknown) => {
      console.error('Simulator failed on', req.method, req.url, error)
      if (res.headersSent) res.destroy()
      else res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Simulator error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port: realPort } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${realPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections()
      }),
  }
}

async function serve(sim: Simulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborted = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) aborted.abort()
  })
  const request = await toRequest(req, aborted.signal)
  const isControl = new URL(request.url).pathname.startsWith(CONTROL_PREFIX)
  const response = isControl ? await controlResponse(sim, request) : await sim.handle(request)
  if (response.type === 'error') {
    // What a dropped connection looks like to a client: no status line at all.
    req.socket.destroy()
    return
  }
  await writeResponse(res, response)
}

async function toRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '')
  }
  const method = req.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method !== 'GET' && method !== 'HEAD')
    for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? new Uint8Array(Buffer.concat(chunks)) : null
  return new Request(url, { method, headers, body, signal })
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  if (response.status !== 204 && response.status !== 304) {
    headers['content-length'] = String(body.length)
  }
  res.writeHead(response.status, headers)
  res.end(body)
}
