// `npm test`: first the programs the tests need (installed with apt where it may, or a stop
// with one sentence on what to do), then every check. The checks all start at once, since each
// spends much of its time waiting (on the browser, on the simulator) and two cores are more than
// any one of them keeps busy; their outputs are shown one after another, in order, each as it
// comes once the ones before it are done. A failure does not stop the run, so that one run
// reports every failure. Ends with exactly one line, `N passed, N failed`; the exit code is 0
// only when nothing failed. CI=true only turns colours off.

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { setPriority, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { tsImport } from 'tsx/esm/api'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'node_modules', '.bin')
const CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI.toLowerCase())
const COLOUR = !CI && process.stdout.isTTY && !('NO_COLOR' in process.env)
const SINGLE_COPY = ['react', 'react-dom', '@mantine/core']

const childEnv = { ...process.env }
if (CI) {
  // Vitest turns colours on whenever CI is set; NO_COLOR wins over that in every tool here.
  childEnv.NO_COLOR = '1'
  delete childEnv.FORCE_COLOR
} else if (COLOUR) {
  // The tools write into a pipe, which they would take for a file.
  childEnv.FORCE_COLOR = '1'
}

const paint = (code) => (text) => (COLOUR ? `\x1b[${code}m${text}\x1b[0m` : text)
const bold = paint('1')
const red = paint('31')
const green = paint('32')
const dim = paint('2')

const reportDir = mkdtempSync(join(tmpdir(), 'conecto-test-'))

/** Where a step's output goes: held back while an earlier step's is shown, then straight through. */
class Output {
  held = []
  live = false
  write(stream, chunk) {
    if (this.live) stream.write(chunk)
    else this.held.push([stream, chunk])
  }
  show() {
    for (const [stream, chunk] of this.held) stream.write(chunk)
    this.held = []
    this.live = true
  }
}

/**
 * Runs a command from the project root into `out`; its standard output is also kept. A command
 * that may wait for the CPU (`yields`: the static checks, which time nothing) runs at a lower
 * priority, it and what it starts, so that the tests, whose waits time out, come first.
 */
function run(command, args, out, { yields = false } = {}) {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(command, args, {
      cwd: ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (yields && child.pid !== undefined) {
      try {
        setPriority(child.pid, 10)
      } catch {
        // Not allowed here: it runs at the same priority as the rest.
      }
    }
    child.stdout.on('data', (chunk) => {
      output += chunk
      out.write(process.stdout, chunk)
    })
    child.stderr.on('data', (chunk) => out.write(process.stderr, chunk))
    child.once('error', (error) => {
      out.write(process.stderr, `${red(`Could not run ${command}: ${error.message}`)}\n`)
      resolve({ code: 127, output })
    })
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }))
  })
}

const tool = (name) => join(BIN, name)

/** A check that is one pass or one failure, by its exit code. */
async function single(command, args, out) {
  const { code } = await run(command, args, out, { yields: true })
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit code ${code}` }
}

/** Each package must be installed once, in one version; `deduped` lines are the same copy. */
async function singleCopies(out) {
  const { code, output } = await run(
    'npm',
    ['ls', ...SINGLE_COPY, '--all', ...(CI ? ['--color=false'] : [])],
    out,
  )
  const seen = new Map(SINGLE_COPY.map((name) => [name, { versions: new Set(), copies: 0 }]))
  for (const line of stripVTControlCharacters(output).split('\n')) {
    const match = /(?:^|\s)((?:@[\w.-]+\/)?[\w.-]+)@(\S+)/.exec(line)
    const entry = match && seen.get(match[1])
    if (!entry) continue
    entry.versions.add(match[2])
    if (!/\bdeduped\b/.test(line)) entry.copies += 1
  }
  const problems = []
  for (const [name, { versions, copies }] of seen) {
    if (versions.size === 0) problems.push(`${name} is not installed`)
    else if (versions.size > 1)
      problems.push(`${name} has ${versions.size} versions: ${[...versions].join(', ')}`)
    else if (copies > 1) problems.push(`${name} is installed ${copies} times`)
  }
  if (code !== 0)
    problems.push(`npm ls exited with code ${code} (missing, invalid or extraneous packages)`)
  for (const problem of problems) out.write(process.stderr, `${red(problem)}\n`)
  if (problems.length === 0) {
    out.write(process.stdout, `${green(`One copy each of ${SINGLE_COPY.join(', ')}.`)}\n`)
  }
  return problems.length === 0
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1, note: problems.join('; ') }
}

/** Counts a Vitest run's tests from its JSON report; a run that leaves no report is 1 failure. */
async function vitest(name, args, out) {
  const file = join(reportDir, `${name}.json`)
  const { code } = await run(
    tool('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${file}`],
    out,
  )
  let report
  try {
    report = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return { passed: 0, failed: 1, note: `no test report (exit code ${code})` }
  }
  // A file that fails to load, or whose hooks fail, has no failed test of its own: count it too.
  const brokenFiles = report.testResults.filter(
    (result) =>
      result.status === 'failed' &&
      !result.assertionResults.some((assertion) => assertion.status === 'failed'),
  ).length
  let failed = report.numFailedTests + brokenFiles
  let note = brokenFiles > 0 ? `${brokenFiles} file(s) failed outside a test` : undefined
  if (code !== 0 && failed === 0) {
    failed = 1
    note = `exit code ${code} with no failed test (unhandled error?)`
  }
  return { passed: report.numPassedTests, failed, note }
}

const STEPS = [
  {
    name: 'typecheck',
    command: 'tsc --noEmit -p tsconfig.json',
    check: (out) =>
      single(
        tool('tsc'),
        ['--noEmit', '-p', 'tsconfig.json', ...(CI ? ['--pretty', 'false'] : [])],
        out,
      ),
  },
  {
    name: 'lint',
    command: 'eslint . --max-warnings 0',
    check: (out) => single(tool('eslint'), ['.', '--max-warnings', '0'], out),
  },
  {
    name: 'format',
    command: 'prettier --check .',
    check: (out) => single(tool('prettier'), ['--check', '.'], out),
  },
  {
    name: 'single copies',
    command: `npm ls ${SINGLE_COPY.join(' ')} --all`,
    check: singleCopies,
  },
  { name: 'unit', command: 'vitest run', check: (out) => vitest('unit', [], out) },
  {
    name: 'e2e',
    command: 'vitest run --config tests/e2e/vitest.config.ts',
    check: (out) => vitest('e2e', ['--config', 'tests/e2e/vitest.config.ts'], out),
  },
]

console.log(`\n${bold('▶ tools')} ${dim('Chromium, nginx and openssl for the tests')}`)
const { provideTools, thisMachine } = await tsImport('./provide-tools.ts', import.meta.url)
if ((await provideTools(thisMachine())) !== 0) {
  rmSync(reportDir, { recursive: true, force: true })
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const runStarted = performance.now()
const running = STEPS.map((step) => {
  const out = new Output()
  const started = performance.now()
  const result = step.check(out).then((result) => ({
    ...result,
    seconds: (performance.now() - started) / 1000,
  }))
  return { step, out, result }
})

const results = []
for (const { step, out, result: pending } of running) {
  console.log(`\n${bold(`▶ ${step.name}`)} ${dim(step.command)}`)
  out.show()
  const result = await pending
  results.push({ ...step, ...result })
  const verdict = result.failed > 0 ? red(`✗ ${step.name} failed`) : green(`✓ ${step.name}`)
  console.log(`${verdict} ${dim(`(${result.seconds.toFixed(1)} s)`)}`)
}
const totalSeconds = (performance.now() - runStarted) / 1000
rmSync(reportDir, { recursive: true, force: true })

const passed = results.reduce((sum, result) => sum + result.passed, 0)
const failed = results.reduce((sum, result) => sum + result.failed, 0)
const width = Math.max(...results.map((result) => result.name.length))

console.log(`\n${bold('Summary')}`)
for (const result of results) {
  const status = result.failed > 0 ? red('FAIL') : green('ok  ')
  const counts = `${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed`
  const note = result.note ? dim(`  ${result.note}`) : ''
  console.log(
    `  ${status}  ${result.name.padEnd(width)}  ${counts}  ${result.seconds.toFixed(1).padStart(6)} s${note}`,
  )
}
console.log(dim(`  ${totalSeconds.toFixed(1)} s in all, the steps running at the same time`))
const failedSteps = results.filter((result) => result.failed > 0).map((result) => result.name)
if (failedSteps.length > 0) console.log(red(`Failed: ${failedSteps.join(', ')}`))

console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
