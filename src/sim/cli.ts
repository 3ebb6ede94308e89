// `npm run sim`: the simulator on a real port with a fixed cast of accounts, for e2e runs, local
// development and benchmarks. Keys are derived from account ids, so they are the same every run.

import { parseArgs } from 'node:util'
import { startSimServer } from './node-server'
import { ALL_TYPES, CONECTO_TYPES, isPlatformType } from './platform-types'
import type { PlatformType } from './platform-types'
import { Simulator } from './simulator'
import type { Corpus, Dialect } from './simulator'

const USAGE = `Usage: npm run sim -- [--port 8787] [--host 127.0.0.1] [--dialect platform|documented]
  [--handlers 1500] [--rate 60] [--corpus realistic|simple] [--types conecto|all|email,discord,…]
--rate 0 turns the rate limit off; --types names the handler types the site offers
(conecto: its six; all: the platform's ${ALL_TYPES.length}).`

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

function count(value: string, flag: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0)
    fail(`${flag} must be a whole number, not "${value}".`)
  return number
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      dialect: { type: 'string', default: 'platform' },
      handlers: { type: 'string', default: '1500' },
      rate: { type: 'string', default: '60' },
      corpus: { type: 'string', default: 'realistic' },
      types: { type: 'string', default: 'conecto' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  if (values.dialect !== 'platform' && values.dialect !== 'documented') {
    fail(`--dialect must be platform or documented, not "${values.dialect}".`)
  }
  if (values.corpus !== 'realistic' && values.corpus !== 'simple') {
    fail(`--corpus must be realistic or simple, not "${values.corpus}".`)
  }
  return {
    port: count(values.port, '--port'),
    host: values.host,
    dialect: values.dialect as Dialect,
    handlers: count(values.handlers, '--handlers'),
    rate: count(values.rate, '--rate'),
    corpus: values.corpus as Corpus,
    types: siteTypes(values.types),
  }
}

function siteTypes(value: string): readonly PlatformType[] {
  if (value === 'conecto') return CONECTO_TYPES
  if (value === 'all') return ALL_TYPES
  const names = value.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !isPlatformType(name))
  if (unknown.length > 0 || names.length === 0) {
    fail(
      `--types takes conecto, all or a list of ${ALL_TYPES.join(', ')}; not "${unknown.join(',')}".`,
    )
  }
  return [...new Set(names)] as PlatformType[]
}

async function main(): Promise<void> {
  const options = readOptions()
  const rateLimit = options.rate === 0 ? false : { limit: options.rate, windowSeconds: 60 }
  const { corpus, types } = options
  const sim = new Simulator({ dialect: options.dialect, rateLimit, types })

  const noTwilio = types.includes('twilio') ? ' and no Twilio' : ''
  const accounts = [
    {
      label: `Main account (${options.handlers} handlers)`,
      init: {
        name: 'Main account',
        email: 'owner@example.com',
        handlers: options.handlers,
        corpus,
      },
    },
    {
      label: `Second account (3 handlers; its plan allows 1 email handler${noTwilio})`,
      init: { name: 'Second account', handlers: 3, corpus, limits: { email: 1, twilio: 0 } },
    },
    { label: 'Empty account (no handlers)', init: { name: 'Empty account' } },
    {
      label: 'Account without API access (every request answers 401)',
      init: { name: 'No API access', apiAccess: false, handlers: 2, corpus },
    },
  ]
  for (const { label, init } of accounts) {
    console.log(`key ${sim.addAccount(init).key}  ${label}`)
  }

  const server = await startSimServer({ port: options.port, host: options.host, sim })
  const rate = rateLimit ? `${rateLimit.limit} requests per 60 s per key` : 'off'
  console.log(`Dialect ${options.dialect}, rate limit ${rate}, ${corpus} corpus`)
  console.log(`Handler types offered: ${types.join(', ')}`)
  console.log(`Simulator listening on ${server.url}`)

  const stop = () => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
