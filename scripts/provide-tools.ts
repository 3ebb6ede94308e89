// Before `npm test` runs anything: finds the programs the tests need, installs the missing
// ones with apt where this machine allows it (root, or sudo without a password), or stops with
// one sentence on what to install or which variable to set. No test then fails, or is skipped,
// for want of a program.

import { spawn } from 'node:child_process'
import process from 'node:process'
import {
  badVariableSentence,
  isExecutableFile,
  locate,
  pointAt,
  TOOLS,
  type Lookup,
  type Tool,
} from '../tests/e2e/tools'

export interface Machine {
  env: Record<string, string | undefined>
  isRoot: boolean
  isExecutable: (path: string) => boolean
  /** Runs a program, its output shown unless `quiet`; resolves to its exit code, 127 if it did not start. */
  run: (command: string, args: readonly string[], options?: { quiet?: boolean }) => Promise<number>
  say: (line: string) => void
  fail: (sentence: string) => void
}

/** Resolves to 0 when every tool is there (installed now or before), else to 1 after one sentence. */
export async function provideTools(machine: Machine): Promise<number> {
  const stop = (sentence: string) => {
    machine.fail(sentence)
    return 1
  }
  const lookups = await Promise.all(TOOLS.map((tool) => usable(machine, tool)))
  for (const [index, lookup] of lookups.entries()) {
    if (!lookup.found && lookup.badVariable !== undefined) {
      return stop(badVariableSentence(TOOLS[index]!, lookup.badVariable))
    }
  }
  const missing = TOOLS.filter((_, index) => !lookups[index]!.found)
  if (missing.length === 0) {
    machine.say(found(lookups))
    return 0
  }

  const packages = missing.map((tool) => tool.aptPackage)
  const they = missing.length === 1 ? 'it' : 'them'
  const orSet = `or ${instead(missing)}`
  if ((await machine.run('apt-get', ['--version'], { quiet: true })) !== 0) {
    return stop(
      `The tests need ${names(missing)}, and there is no apt-get here to install ${they} ` +
        `with: install ${they}, then ${instead(missing)}.`,
    )
  }
  let asRoot: string[] = []
  if (!machine.isRoot) {
    if ((await machine.run('sudo', ['-n', 'true'], { quiet: true })) !== 0) {
      return stop(
        `The tests need ${names(missing)}, and installing ${they} needs root: run ` +
          `\`sudo apt-get install -y ${packages.join(' ')}\` once, ${orSet}.`,
      )
    }
    asRoot = ['sudo', '-n']
  }

  machine.say(
    `Installing what the tests need with apt-get${asRoot.length ? ' through sudo' : ''}: ${packages.join(' ')}`,
  )
  const steps = [
    // Finishes an install that was interrupted, as apt asks before it does anything else.
    ['dpkg', '--configure', '-a'],
    ['apt-get', 'update'],
    ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', ...packages],
  ]
  for (const step of steps) {
    const [command, ...args] = [...asRoot, ...step]
    const code = await machine.run(command!, args)
    if (code !== 0) {
      return stop(
        `\`${step.join(' ')}\` failed with exit code ${code} (its output is above), so ` +
          `${names(missing)} could not be installed: once apt works here, run npm test again, ${orSet}.`,
      )
    }
  }
  // Debian starts the nginx service it installs; the tests start their own.
  if (packages.includes('nginx')) {
    const [command, ...args] = [...asRoot, 'service', 'nginx', 'stop']
    await machine.run(command!, args, { quiet: true })
  }

  const after = await Promise.all(TOOLS.map((tool) => usable(machine, tool)))
  const stillMissing = TOOLS.filter((_, index) => !after[index]!.found)
  if (stillMissing.length > 0) {
    return stop(
      `apt-get installed ${packages.join(' ')}, but ${names(stillMissing)} did not answer at ` +
        `${stillMissing.map(usualPlace).join(' or ')}: ${instead(stillMissing)}.`,
    )
  }
  machine.say(found(after))
  return 0
}

/** Where the tool is, if it is there and answers; a program that cannot say its version is not. */
async function usable(machine: Machine, tool: Tool): Promise<Lookup> {
  const lookup = locate(tool, machine)
  if (!lookup.found) return lookup
  const answers = (await machine.run(lookup.path, tool.versionArgs, { quiet: true })) === 0
  if (answers) return lookup
  return lookup.fromVariable ? { found: false, badVariable: lookup.path } : { found: false }
}

const names = (tools: Tool[]) => tools.map((tool) => tool.name).join(' and ')

const instead = (tools: Tool[]) => tools.map(pointAt).join(' and ')

const usualPlace = (tool: Tool) => tool.paths[0] ?? `${tool.command} on PATH`

function found(lookups: Lookup[]): string {
  return TOOLS.map((tool, index) => {
    const lookup = lookups[index]!
    return `${tool.name}: ${lookup.found ? lookup.path : 'missing'}`
  }).join(', ')
}

export function thisMachine(): Machine {
  return {
    env: process.env,
    isRoot: process.getuid?.() === 0,
    isExecutable: isExecutableFile,
    run: (command, args, { quiet = false } = {}) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { stdio: quiet ? 'ignore' : 'inherit' })
        child.once('error', () => resolve(127))
        child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
      }),
    say: (line) => console.log(line),
    fail: (sentence) => console.error(sentence),
  }
}
