import { describe, expect, it } from 'vitest'
import {
  MAX_FILE_MB,
  MAX_ROWS,
  parseImport,
  readImportFile,
} from '../../src/features/handlers/transfer/import-file'
import type { FileProblem } from '../../src/features/handlers/transfer/import-types'

function problem(text: string): FileProblem {
  const parsed = parseImport(text)
  if (parsed.ok) throw new Error('expected the file to be refused')
  return parsed.problem
}

const csvRows = (count: number) =>
  'name,type,target\n' +
  Array.from({ length: count }, (_, index) => `H${index},email,h${index}@example.com`).join('\n')

describe('a file that is refused as a whole', () => {
  it('is empty, or holds only white space or a byte-order mark', () => {
    for (const text of ['', '  \n\t', '\uFEFF'])
      expect(problem(text).key).toBe('transfer.file.empty')
  })

  it('has no rows', () => {
    expect(problem('name,type,target\r\n').key).toBe('transfer.file.noRows')
    expect(problem('[]').key).toBe('transfer.file.noRows')
    expect(problem('{"version":1,"handlers":[]}').key).toBe('transfer.file.noRows')
  })

  it('is binary, or not UTF-8', async () => {
    expect(problem('PK\u0003\u0004\u0000\u0000xl/workbook.xml').key).toBe('transfer.file.notText')
    const latin1 = new Blob([new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0xff])])
    const read = await readImportFile(latin1)
    expect(read).toEqual({
      ok: false,
      problem: expect.objectContaining({ key: 'transfer.file.notText' }),
    })
  })

  it('is neither JSON nor a CSV with known columns', () => {
    expect(problem('Dear team,\nhere are the hooks.').key).toBe('transfer.file.notRecognised')
  })

  it('is broken JSON, or JSON of another shape', () => {
    expect(problem('{"handlers": [').key).toBe('transfer.file.badJson')
    expect(problem('{"hello": "world"}').key).toBe('transfer.file.jsonShape')
    expect(problem('{"handlers": "none"}').key).toBe('transfer.file.jsonShape')
  })

  it('comes from a newer format version', () => {
    expect(problem('{"version": 7, "handlers": [{}]}')).toMatchObject({
      key: 'transfer.file.newerVersion',
      params: { version: 7 },
    })
  })

  it('has unknown columns, named in the message', () => {
    expect(problem('Name,Type,Target,Colour,id\nA,email,a@example.com,red,1')).toMatchObject({
      key: 'transfer.file.unknownColumns',
      columns: ['Colour', 'id'],
    })
  })

  it('lacks a required column, or repeats one', () => {
    expect(problem('name,type\nA,email')).toMatchObject({
      key: 'transfer.file.missingColumns',
      columns: ['target'],
    })
    expect(problem('name,type,target,Name\nA,email,a@example.com,B')).toMatchObject({
      key: 'transfer.file.duplicateColumn',
      params: { column: 'name' },
    })
  })

  it('is damaged CSV', () => {
    expect(problem('name,type,target\nA,email,"a@example.com\n')).toMatchObject({
      key: 'transfer.file.unclosedQuote',
      params: { line: 2 },
    })
  })

  it(`has more than ${MAX_ROWS} rows: 10,000 are refused, not cut`, () => {
    expect(problem(csvRows(10_000))).toMatchObject({
      key: 'transfer.file.tooMany',
      params: { count: 10_000, max: MAX_ROWS },
    })
    const json = JSON.stringify(Array.from({ length: MAX_ROWS + 1 }, () => ({ name: 'x' })))
    expect(problem(json).key).toBe('transfer.file.tooMany')
    expect(parseImport(csvRows(MAX_ROWS)).ok).toBe(true)
  })

  it(`is larger than ${MAX_FILE_MB} MB`, async () => {
    const big = new Blob(['x'.repeat(MAX_FILE_MB * 1024 * 1024 + 1)])
    expect(await readImportFile(big)).toMatchObject({
      ok: false,
      problem: { key: 'transfer.file.tooBig' },
    })
  })
})

describe('CSV rows', () => {
  it('read headers in any case and order, and types in any case', () => {
    const parsed = parseImport('\uFEFFTARGET, Type ,Name\r\nops@example.com,EMAIL,Ops\r\n')
    expect(parsed).toEqual({
      ok: true,
      entries: [
        {
          line: 2,
          name: 'Ops',
          type: 'email',
          target: 'ops@example.com',
          settings: {},
          status: 'enabled',
          problems: [],
        },
      ],
    })
  })

  it('read enabled as a boolean in the usual spellings, and flag anything else', () => {
    const parsed = parseImport(
      'name,type,target,enabled\nA,email,a@x.io,FALSE\nB,email,b@x.io,yes\nC,email,c@x.io,\nD,email,d@x.io,maybe',
    )
    if (!parsed.ok) throw new Error()
    expect(parsed.entries.map((entry) => entry.status)).toEqual([
      'disabled',
      'enabled',
      'enabled',
      'enabled',
    ])
    expect(parsed.entries[3]!.problems).toEqual([
      { key: 'transfer.problem.enabled', params: { value: 'maybe' } },
    ])
  })

  it('flag a value outside the named columns, but not empty trailing cells', () => {
    const parsed = parseImport('name,type,target\nA,email,a@x.io,,\nB,email,b@x.io,lost')
    if (!parsed.ok) throw new Error()
    expect(parsed.entries[0]!.problems).toEqual([])
    expect(parsed.entries[1]!.problems).toEqual([{ key: 'transfer.problem.outsideColumns' }])
  })

  it('are read from a semicolon-separated file too', () => {
    const parsed = parseImport('name;type;target\nA;webhook;https://example.com/h')
    expect(parsed.ok && parsed.entries[0]!.target).toBe('https://example.com/h')
  })
})

describe('JSON entries', () => {
  it('read the status column: enabled, disabled or pending, and flag anything else', () => {
    const parsed = parseImport(
      'name,type,target,status\nA,email,a@x.io,pending\nB,email,b@x.io,Disabled\nC,email,c@x.io,\nD,email,d@x.io,on',
    )
    if (!parsed.ok) throw new Error()
    expect(parsed.entries.map((entry) => entry.status)).toEqual([
      'pending',
      'disabled',
      'enabled',
      'enabled',
    ])
    expect(parsed.entries[3]!.problems).toEqual([
      { key: 'transfer.problem.status', params: { value: 'on' } },
    ])
  })

  it('accept a bare list and an API list response, with is_enabled as a number', () => {
    const api = parseImport(
      JSON.stringify({
        data: [
          { name: 'A', type: 'webhook', settings: { webhook: 'https://e.com/1' }, is_enabled: 0 },
        ],
      }),
    )
    expect(api.ok && api.entries[0]).toMatchObject({
      target: 'https://e.com/1',
      status: 'disabled',
    })
    const bare = parseImport('[{"name":"B","type":"email","target":"b@example.com"}]')
    expect(bare.ok && bare.entries[0]).toMatchObject({ target: 'b@example.com', status: 'enabled' })
  })

  it('mark an entry that is not a handler, without refusing the others', () => {
    const parsed = parseImport(
      '[{"name":"A","type":"email","settings":{"email":"a@x.io"}}, 42, {"name": 7}]',
    )
    if (!parsed.ok) throw new Error()
    expect(parsed.entries.map((entry) => entry.problems)).toEqual([
      [],
      [{ key: 'transfer.problem.notHandler' }],
      [{ key: 'transfer.problem.notHandler' }],
    ])
    expect(parsed.entries.map((entry) => entry.line)).toEqual([1, 2, 3])
  })
})
