// Once per run: the Chromium every spec file connects to, instead of one started per file.

import type { TestProject } from 'vitest/node'
import { launchServer } from './browser'

export default async function setup(project: TestProject) {
  const server = await launchServer()
  project.provide('browserEndpoint', server.wsEndpoint())
  return () => server.close()
}
