// @vitest-environment node
// The lint rule that keeps imports flowing one way: shared floors → features → app.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restricted(filePath: string, from: string) {
  const [result] = await eslint.lintText(`import { x } from '${from}'\nexport const y = x\n`, {
    filePath,
  })
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').length
}

describe('imports between folders', () => {
  it.each([
    ['a feature, another feature', 'src/features/handlers/bulk/x.ts', '../../accounts/check-key'],
    [
      'a feature, another feature by its full path',
      'src/features/accounts/x.ts',
      '../../features/handlers/queries',
    ],
    ['a feature, the app', 'src/features/handlers/x.ts', '../../app/shell'],
    ['the session, a feature', 'src/session/x.ts', '../features/handlers/queries'],
    ['the registry, the app', 'src/handler-types/x.ts', '../app/routes'],
  ])('fail the lint where %s is imported', async (_case, file, from) => {
    expect(await restricted(file, from)).toBe(1)
  })

  it.each([
    ['a feature, the session', 'src/features/handlers/x.ts', '../../session/account-api'],
    ['a feature, its own folder', 'src/features/handlers/bulk/x.ts', '../review/findings'],
    ['the app, a feature', 'src/app/x.ts', '../features/accounts/account-menu'],
    ['the session, the API', 'src/session/x.ts', '../api/client'],
  ])('pass where %s is imported', async (_case, file, from) => {
    expect(await restricted(file, from)).toBe(0)
  })
})
