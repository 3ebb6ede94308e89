// The programs the tests need besides node_modules, and where each is looked for: the one list
// that `npm test` provisions from and the specs start from.

import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export interface Tool {
  name: string
  /** The variable that points at the program instead of the usual places. */
  variable?: 'CHROME_PATH' | 'NGINX_PATH'
  /** What the variable should point at, as a user would read it. */
  kind: string
  paths: readonly string[]
  /** The name the tests run it by, so that it is looked for on PATH after `paths`. */
  command?: string
  /** The Debian package that installs it. */
  aptPackage: string
  /** Arguments that make it say its version and exit: a program that cannot is not usable. */
  versionArgs: readonly string[]
}

export const CHROMIUM: Tool = {
  name: 'Chromium',
  variable: 'CHROME_PATH',
  kind: 'a Chrome or Chromium executable',
  paths: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  aptPackage: 'chromium',
  versionArgs: ['--version'],
}

export const NGINX: Tool = {
  name: 'nginx',
  variable: 'NGINX_PATH',
  kind: 'the nginx executable',
  paths: ['/usr/sbin/nginx', '/usr/bin/nginx'],
  aptPackage: 'nginx',
  versionArgs: ['-v'],
}

/** The throwaway certificate authority of the serving tests runs it by name. */
export const OPENSSL: Tool = {
  name: 'openssl',
  kind: 'the openssl executable',
  paths: [],
  command: 'openssl',
  aptPackage: 'openssl',
  versionArgs: ['version'],
}

export const TOOLS: readonly Tool[] = [CHROMIUM, NGINX, OPENSSL]

export type Lookup =
  { found: true; path: string; fromVariable: boolean } | { found: false; badVariable?: string }

export interface Place {
  env: Record<string, string | undefined>
  isExecutable: (path: string) => boolean
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

const HERE: Place = { env: process.env, isExecutable: isExecutableFile }

/** The variable when it is set, else the first usual place that holds the program. */
export function locate(tool: Tool, { env, isExecutable }: Place = HERE): Lookup {
  const fromVariable = tool.variable && env[tool.variable]
  if (fromVariable) {
    return isExecutable(fromVariable)
      ? { found: true, path: fromVariable, fromVariable: true }
      : { found: false, badVariable: fromVariable }
  }
  const onPath = tool.command
    ? (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, tool.command!))
    : []
  const path = [...tool.paths, ...onPath].find(isExecutable)
  return path ? { found: true, path, fromVariable: false } : { found: false }
}

/** What to do instead of installing it: set its variable, or put it on PATH. */
export function pointAt(tool: Tool): string {
  return tool.variable ? `set ${tool.variable} to ${tool.kind}` : `put ${tool.command} on PATH`
}

export function badVariableSentence(tool: Tool, value: string): string {
  return (
    `${tool.variable} is set to ${value}, which is not a program that runs here: point it at ` +
    `${tool.kind}, or unset it to use ${tool.paths[0]}.`
  )
}

function find(tool: Tool): string {
  const lookup = locate(tool)
  if (lookup.found) return lookup.path
  if (lookup.badVariable !== undefined)
    throw new Error(badVariableSentence(tool, lookup.badVariable))
  throw new Error(
    `The e2e tests need ${tool.name}, which is not installed: \`npm test\` installs it when run ` +
      `as root, or install it with \`apt-get install -y ${tool.aptPackage}\`, or ` +
      `${pointAt(tool)}.`,
  )
}

export const findBrowser = () => find(CHROMIUM)
export const findNginx = () => find(NGINX)
