// Once per run: build the production bundle, start the simulator in this process and the app
// server (scripts/server/, as `npm start` serves it) in a process group of its own.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startSimServer, type SimServer } from '../../src/sim/node-server'
import { Simulator } from '../../src/sim/simulator'
import {
  BULK_HANDLERS,
  FOCUS_HANDLERS,
  MAIN_HANDLERS,
  UNDO_HANDLERS,
  type DemoKeys,
} from './context'
import { hostileHandlers } from './hostile-corpus'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VITE = join(ROOT, 'node_modules/.bin/vite')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const HOST = '127.0.0.1'
const READY_TIMEOUT_MS = 60_000

export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void>)[] = []
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error('e2e teardown:', error))
    }
  }

  try {
    // Its own output folder, so that a `npm run build` elsewhere cannot swap files mid-run.
    const outDir = await mkdtemp(join(tmpdir(), 'conecto-e2e-dist-'))
    cleanups.push(() => rm(outDir, { recursive: true, force: true }))
    await build(outDir)

    const sim = new Simulator({ dialect: 'platform', rateLimit: false })
    const keys: DemoKeys = {
      main: sim.addAccount({ name: 'Main account', handlers: MAIN_HANDLERS }).key,
      second: sim.addAccount({ name: 'Second account', handlers: 3 }).key,
      empty: sim.addAccount({ name: 'Empty account' }).key,
      crud: sim.addAccount({
        name: 'Editing account',
        handlers: [
          {
            type: 'webhook',
            name: 'Status page',
            settings: { webhook: 'https://status.example.com/hook' },
          },
          { type: 'email', name: 'Old inbox', settings: { email: 'old@example.com' } },
        ],
      }).key,
      // The bulk spec counts the simple corpus's broken targets, every one of them enabled.
      bulk: sim.addAccount({ name: 'Bulk account', handlers: BULK_HANDLERS, corpus: 'simple' }).key,
      hostile: sim.addAccount({ name: 'Hostile account', handlers: hostileHandlers() }).key,
      focusEn: sim.addAccount({ name: 'Focus account', handlers: focusHandlers() }).key,
      focusFa: sim.addAccount({ name: 'Focus account', handlers: focusHandlers() }).key,
      undo: sim.addAccount({ name: 'Undo account', handlers: UNDO_HANDLERS, corpus: 'simple' }).key,
    }
    const simServer: SimServer = await startSimServer({ port: 0, host: HOST, sim })
    cleanups.push(() => simServer.close())

    const app = await startAppServer(outDir, simServer.url)
    cleanups.push(app.stop)
    await waitUntilReady(app, keys.main)

    project.provide('appUrl', app.url)
    project.provide('simUrl', simServer.url)
    project.provide('distDir', outDir)
    project.provide('keys', keys)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}

/** Plain webhooks named in order, so that a spec can tell which page a row is on. */
function focusHandlers() {
  return Array.from({ length: FOCUS_HANDLERS }, (_, index) => ({
    type: 'webhook',
    name: `Focus ${index + 1}`,
    settings: { webhook: `https://hooks.example.com/focus/${index + 1}` },
  }))
}

/** `vite build` into `outDir`, with any further flags (e.g. `--sourcemap hidden`). */
export function build(outDir: string, flags: string[] = []): Promise<void> {
  console.log('Building the production bundle…')
  const child = spawn(
    VITE,
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...flags],
    {
      cwd: ROOT,
      // The bundle users get: under the test runner NODE_ENV is "test", and React's development
      // build would be bundled in its place.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`))
    })
  })
}

export interface AppServer {
  url: string
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/**
 * The server of `npm start` serving `outDir`, its /api proxy pointed at `apiUrl`; `env` adds to its
 * environment (e.g. NODE_EXTRA_CA_CERTS for an upstream of a test's own CA).
 */
export async function startAppServer(
  outDir: string,
  apiUrl: string,
  env: Record<string, string> = {},
): Promise<AppServer> {
  const port = await freePort()
  const child = spawn(TSX, ['scripts/server/main.ts', '--dist', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST, CONECTO_API_URL: apiUrl },
    // A group of its own, so that stopping it reaches anything it starts.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    // Proxy errors and the like belong in the test log.
    process.stderr.write(`[app server] ${chunk.toString()}`)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const pid = child.pid
  // If Vitest itself is stopped (Ctrl-C, a crash), the server must not outlive it.
  const killOnExit = () => killGroup(pid, 'SIGKILL')
  process.once('exit', killOnExit)

  const stop = async () => {
    process.off('exit', killOnExit)
    if (child.exitCode !== null || child.signalCode !== null) return
    killGroup(pid, 'SIGTERM')
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
  return { url: `http://${HOST}:${port}`, child, output: () => output, stop }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** Waits for the page and for the `/api` proxy to reach the simulator with a valid key. */
export async function waitUntilReady(app: AppServer, key: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null || app.child.signalCode !== null) {
      throw new Error(`The app server exited early:\n${app.output()}`)
    }
    try {
      const page = await fetch(`${app.url}/`, { signal: AbortSignal.timeout(5_000) })
      const api = await fetch(`${app.url}/api/notification-handlers?page=1&per_page=10`, {
        headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(5_000),
      })
      if (page.ok && api.ok) return
      last = `page ${page.status}, api ${api.status}`
    } catch (error) {
      last = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The app server did not answer at ${app.url} (${last}):\n${app.output()}`)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, HOST, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
