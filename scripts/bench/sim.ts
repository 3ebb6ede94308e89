// `npm run sim` on a free port for the benchmark: one per corpus, without a rate limit.

import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

export type Corpus = 'realistic' | 'simple'
export const CORPORA: readonly Corpus[] = ['realistic', 'simple']

export interface Sim {
  corpus: Corpus
  url: string
  key: string
  stop: () => Promise<void>
}

export async function startSim(root: string, corpus: Corpus, handlers: number): Promise<Sim> {
  const args = ['--port', '0', '--handlers', String(handlers), '--rate', '0', '--corpus', corpus]
  const child = spawn('npm', ['run', '--silent', 'sim', '--', ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stop = () => stopGroup(child)
  let key = ''
  const lines = createInterface({ input: child.stdout! })
  for await (const line of lines) {
    // The simulator prints its demo keys; they stay out of this script's output.
    const keyMatch = /^key (\S+)\s+Main account/.exec(line)
    if (keyMatch?.[1]) key = keyMatch[1]
    const urlMatch = /listening on (\S+)/.exec(line)
    if (urlMatch?.[1] && key) return { corpus, url: urlMatch[1], key, stop }
  }
  await stop()
  throw new Error('npm run sim ended before it was listening.')
}

export function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve()
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  return exited
}
