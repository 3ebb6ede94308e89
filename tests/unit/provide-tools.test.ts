import { describe, expect, it } from 'vitest'
import { provideTools, type Machine } from '../../scripts/provide-tools'
import { CHROMIUM, NGINX } from '../../tests/e2e/tools'

const CHROME = CHROMIUM.paths[0]!
const NGINX_BIN = NGINX.paths[0]!
const OPENSSL_BIN = '/usr/bin/openssl'
const PATH = '/usr/local/bin:/usr/bin'
const INSTALLS: Record<string, string> = {
  chromium: CHROME,
  nginx: NGINX_BIN,
  openssl: OPENSSL_BIN,
}

interface Options {
  installed?: string[]
  root?: boolean
  sudo?: boolean
  apt?: boolean
  /** A command line that exits with this code, e.g. the install when the network is down. */
  failing?: [string, number]
  env?: Record<string, string>
  /** Programs that are there but do not run until apt installs them again. */
  broken?: string[]
}

/** A machine whose files and commands are a few sets: apt-get install adds the package's program. */
function fakeMachine({
  installed = [],
  root = false,
  sudo = false,
  apt = true,
  failing,
  env = { PATH },
  broken = [],
}: Options = {}) {
  const files = new Set(installed)
  const notRunning = new Set(broken)
  const ran: string[] = []
  const said: string[] = []
  const failed: string[] = []
  const machine: Machine = {
    env,
    isRoot: root,
    isExecutable: (path) => files.has(path),
    async run(command, args) {
      const line = [command, ...args].join(' ')
      ran.push(line)
      if (files.has(command)) return notRunning.has(command) ? 1 : 0
      if (command === 'apt-get' && args[0] === '--version') return apt ? 0 : 127
      if (line === 'sudo -n true') return sudo ? 0 : 1
      if (failing && line.endsWith(failing[0])) return failing[1]
      const install = line.indexOf('apt-get install -y ')
      if (install >= 0) {
        for (const name of line.slice(install).split(' ').slice(3)) {
          files.add(INSTALLS[name]!)
          notRunning.delete(INSTALLS[name]!)
        }
      }
      return 0
    },
    say: (line) => said.push(line),
    fail: (sentence) => failed.push(sentence),
  }
  return { machine, ran, said, failed, files }
}

/** A single sentence: one full stop, at the end (paths and versions may hold dots). */
function expectOneSentence(lines: string[]) {
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/\.$/)
  expect(lines[0]!.split(/[.!?] +[A-Z]/)).toHaveLength(1)
}

const installCommands = (ran: string[]) =>
  ran.filter((line) => /apt-get (update|install)/.test(line))

describe('the tools npm test provides before any test', () => {
  it('uses what is installed and installs nothing', async () => {
    const { machine, ran, said, failed } = fakeMachine({
      installed: [CHROME, NGINX_BIN, OPENSSL_BIN],
    })
    expect(await provideTools(machine)).toBe(0)
    expect(installCommands(ran)).toEqual([])
    expect(said).toEqual([`Chromium: ${CHROME}, nginx: ${NGINX_BIN}, openssl: ${OPENSSL_BIN}`])
    expect(failed).toEqual([])
  })

  it('installs a missing one with apt as root, saying so in one line first', async () => {
    const { machine, ran, said, files } = fakeMachine({
      installed: [NGINX_BIN, OPENSSL_BIN],
      root: true,
    })
    expect(await provideTools(machine)).toBe(0)
    expect(ran.filter((line) => !line.startsWith('/') && !line.endsWith('--version'))).toEqual([
      'dpkg --configure -a',
      'apt-get update',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
    ])
    expect(said[0]).toBe('Installing what the tests need with apt-get: chromium')
    expect(files.has(CHROME)).toBe(true)
  })

  it('installs them all through sudo without a password, and stops the nginx service Debian starts', async () => {
    const { machine, ran, failed } = fakeMachine({ sudo: true })
    expect(await provideTools(machine)).toBe(0)
    expect(installCommands(ran)).toEqual([
      'sudo -n apt-get update',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium nginx openssl',
    ])
    expect(ran).toContain('sudo -n service nginx stop')
    expect(failed).toEqual([])
  })

  it('reinstalls a program that is there but does not run', async () => {
    const { machine, ran } = fakeMachine({
      installed: [CHROME, NGINX_BIN, OPENSSL_BIN],
      root: true,
      broken: [CHROME],
    })
    expect(await provideTools(machine)).toBe(0)
    expect(installCommands(ran)).toContain(
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
    )
  })

  it('stops with one sentence and exit code 1 without root or sudo, running no test and no apt', async () => {
    const { machine, ran, failed } = fakeMachine({ installed: [NGINX_BIN, OPENSSL_BIN] })
    expect(await provideTools(machine)).toBe(1)
    expectOneSentence(failed)
    expect(failed[0]).toContain('`sudo apt-get install -y chromium`')
    expect(failed[0]).toContain('CHROME_PATH')
    expect(failed[0]).not.toContain('NGINX_PATH')
    expect(installCommands(ran)).toEqual([])
  })

  it('stops with one sentence when there is no apt', async () => {
    const { machine, ran, failed } = fakeMachine({ root: true, apt: false })
    expect(await provideTools(machine)).toBe(1)
    expectOneSentence(failed)
    expect(failed[0]).toMatch(/no apt-get/)
    expect(failed[0]).toContain('CHROME_PATH')
    expect(failed[0]).toContain('NGINX_PATH')
    expect(failed[0]).toContain('put openssl on PATH')
    expect(installCommands(ran)).toEqual([])
  })

  it('stops with one sentence when the install fails, and a second run starts over from the machine', async () => {
    const first = fakeMachine({
      installed: [NGINX_BIN, OPENSSL_BIN],
      root: true,
      failing: ['apt-get install -y chromium', 100],
    })
    expect(await provideTools(first.machine)).toBe(1)
    expectOneSentence(first.failed)
    expect(first.failed[0]).toContain('exit code 100')
    expect(first.files.has(CHROME)).toBe(false)

    // Nothing of the failed run is remembered: the next one asks the machine again, and dpkg
    // first finishes whatever the failed install left unfinished.
    const second = fakeMachine({ installed: [...first.files], root: true })
    expect(await provideTools(second.machine)).toBe(0)
    expect(second.ran.filter((line) => /dpkg|apt-get (update|install)/.test(line))).toEqual([
      'dpkg --configure -a',
      'apt-get update',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
    ])
  })

  it('stops with one sentence when apt-get update fails, before installing', async () => {
    const { machine, ran, failed } = fakeMachine({
      root: true,
      failing: ['apt-get update', 100],
    })
    expect(await provideTools(machine)).toBe(1)
    expectOneSentence(failed)
    expect(failed[0]).toContain('`apt-get update` failed with exit code 100')
    expect(ran.some((line) => line.includes('install -y'))).toBe(false)
  })

  it('stops with one sentence when CHROME_PATH points at nothing, installing nothing', async () => {
    const { machine, ran, failed } = fakeMachine({
      installed: [NGINX_BIN, OPENSSL_BIN],
      root: true,
      env: { PATH, CHROME_PATH: '/opt/nothing/chrome' },
    })
    expect(await provideTools(machine)).toBe(1)
    expectOneSentence(failed)
    expect(failed[0]).toContain('CHROME_PATH is set to /opt/nothing/chrome')
    expect(installCommands(ran)).toEqual([])
  })

  it('uses CHROME_PATH and NGINX_PATH before the usual places', async () => {
    const { machine, said } = fakeMachine({
      installed: ['/opt/chrome/chrome', '/opt/nginx/nginx', CHROME, NGINX_BIN, OPENSSL_BIN],
      env: { PATH, CHROME_PATH: '/opt/chrome/chrome', NGINX_PATH: '/opt/nginx/nginx' },
    })
    expect(await provideTools(machine)).toBe(0)
    expect(said).toEqual([
      `Chromium: /opt/chrome/chrome, nginx: /opt/nginx/nginx, openssl: ${OPENSSL_BIN}`,
    ])
  })

  it('finds openssl where PATH says, as the tests run it', async () => {
    const { machine, ran, said } = fakeMachine({
      installed: [CHROME, NGINX_BIN, '/opt/ssl/bin/openssl'],
      env: { PATH: `/opt/ssl/bin:${PATH}` },
    })
    expect(await provideTools(machine)).toBe(0)
    expect(installCommands(ran)).toEqual([])
    expect(said[0]).toContain('openssl: /opt/ssl/bin/openssl')
  })

  it('stops with one sentence naming the package and PATH when openssl is missing without root', async () => {
    const { machine, ran, failed } = fakeMachine({ installed: [CHROME, NGINX_BIN] })
    expect(await provideTools(machine)).toBe(1)
    expectOneSentence(failed)
    expect(failed[0]).toContain('`sudo apt-get install -y openssl`')
    expect(failed[0]).toContain('put openssl on PATH')
    expect(failed[0]).not.toContain('CHROME_PATH')
    expect(installCommands(ran)).toEqual([])
  })

  it('names a variable that points at a program that does not run', async () => {
    const { machine, failed } = fakeMachine({
      installed: ['/opt/chrome/chrome', NGINX_BIN, OPENSSL_BIN],
      root: true,
      env: { PATH, CHROME_PATH: '/opt/chrome/chrome' },
      broken: ['/opt/chrome/chrome'],
    })
    expect(await provideTools(machine)).toBe(1)
    expectOneSentence(failed)
    expect(failed[0]).toContain('CHROME_PATH is set to /opt/chrome/chrome')
  })
})
