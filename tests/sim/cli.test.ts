// @vitest-environment node
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'

let child: ChildProcess | undefined

afterAll(() => {
  child?.kill()
})

/** Starts `npm run sim`'s script directly (npx/npm would leave a child behind) and reads its banner. */
function startCli(args: string[]): Promise<string[]> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/sim/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child = proc
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`No banner in time:\n${output}`)), 15_000)
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Simulator listening on')) {
        clearTimeout(timer)
        resolve(output.trim().split('\n'))
      }
    })
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    proc.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)))
  })
}

describe('npm run sim', () => {
  it('prints the demo keys and serves them on the reported port', async () => {
    const lines = await startCli(['--port', '0', '--handlers', '50', '--dialect', 'documented'])
    const keys = lines.filter((line) => line.startsWith('key '))
    expect(keys).toHaveLength(4)
    expect(keys[0]).toMatch(/^key [0-9a-f]{32} {2}Main account \(50 handlers\)$/)
    const url = /Simulator listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines.at(-1) ?? '')?.[1]
    expect(url).toBeDefined()

    const mainKey = keys[0]?.split(' ')[1]
    const noAccessKey = keys[3]?.split(' ')[1]
    const list = await fetch(`${url}/api/notification-handlers/`, {
      headers: { Authorization: `Bearer ${mainKey}` },
    })
    const body = (await list.json()) as { meta: { total: number }; data: { name: string }[] }
    expect(body.meta.total).toBe(50)
    // The realistic corpus, by default: mostly Persian names.
    const persian = body.data.filter(({ name }) => /[\u0600-\u06FF]/.test(name))
    expect(persian.length).toBeGreaterThan(body.data.length / 2)
    const refused = await fetch(`${url}/api/notification-handlers/`, {
      headers: { Authorization: `Bearer ${noAccessKey}` },
    })
    expect(refused.status).toBe(401)
  }, 20_000)

  it('offers the types and the corpus it is told', async () => {
    child?.kill()
    const lines = await startCli(['--port', '0', '--types', 'email,discord', '--corpus', 'simple'])
    const url = /listening on (\S+)$/.exec(lines.at(-1) ?? '')?.[1]
    const key = lines[0]?.split(' ')[1]
    const headers = { Authorization: `Bearer ${key}` }
    const user = await fetch(`${url}/api/user`, { headers })
    const { data } = (await user.json()) as { data: { plan_settings: Record<string, number> } }
    expect(Object.keys(data.plan_settings)).toEqual([
      'notification_handlers_email_limit',
      'notification_handlers_discord_limit',
    ])
    const list = await fetch(`${url}/api/notification-handlers/?results_per_page=25`, { headers })
    const { data: handlers } = (await list.json()) as { data: { name: string }[] }
    expect(handlers.map(({ name }) => name)).toContain('Discord #status')
  }, 20_000)
})
