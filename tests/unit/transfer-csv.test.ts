import { describe, expect, it } from 'vitest'
import {
  csvCell,
  detectDelimiter,
  neutralise,
  parseCsv,
  restore,
  serialiseCsv,
} from '../../src/features/handlers/transfer/csv'

const cells = (text: string, delimiter?: string) => {
  const parsed = parseCsv(text, delimiter)
  if (!parsed.ok) throw new Error(`${parsed.problem} at ${parsed.line}`)
  return parsed.records.map((record) => record.cells)
}

describe('CSV serialising', () => {
  it('quotes only cells that need it, doubling quotes inside', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"')
    expect(csvCell(' padded ')).toBe('" padded "')
    expect(csvCell('')).toBe('')
  })

  it('neutralises every formula start with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralise(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`)
    }
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(csvCell('\tcmd')).toBe(`'\tcmd`)
    expect(neutralise('a=b')).toBe('a=b')
    expect(neutralise("'quoted")).toBe("'quoted")
  })

  it('restores exactly what it neutralised, even a value that starts with apostrophes', () => {
    for (const value of ['=1+2', "'=x", "''@y", "'plain", '-5', 'normal', '']) {
      expect(restore(neutralise(value))).toBe(value)
    }
  })

  it('ends each record with CRLF', () => {
    expect(
      serialiseCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n')
  })
})

describe('CSV parsing', () => {
  it('reads quoted cells with commas, quotes and line breaks', () => {
    expect(cells('name,target\r\n"a, b","say ""hi""\nthere"\r\n')).toEqual([
      ['name', 'target'],
      ['a, b', 'say "hi"\nthere'],
    ])
  })

  it('round-trips anything the serialiser writes', () => {
    const rows = [
      ['name', 'type'],
      ['Ops, "night"', 'email'],
      ['دو\r\nخط', ''],
      ['=cmd', ' space '],
    ]
    const parsed = cells(serialiseCsv(rows)).map((row) => row.map(restore))
    expect(parsed).toEqual(rows)
  })

  it('accepts LF, CRLF and a missing final line break, and skips blank lines', () => {
    expect(cells('a,b\n1,2\n\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ])
    expect(cells('a\r\n""\r\n')).toEqual([['a'], ['']])
  })

  it('keeps empty cells and the line each record starts on', () => {
    const parsed = parseCsv('a,b,c\n"x\ny",,\nz,,w\n')
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['x\ny', '', ''] },
        { line: 4, cells: ['z', '', 'w'] },
      ],
    })
  })

  it('reports a quoted cell that never ends, with its line', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      problem: 'unclosedQuote',
      line: 2,
    })
  })

  it('reports text after a closing quote', () => {
    expect(parseCsv('a\n"x"y\n')).toEqual({ ok: false, problem: 'afterQuote', line: 2 })
  })

  it('finds the delimiter a spreadsheet used from the header', () => {
    expect(detectDelimiter('name;type;target\n')).toBe(';')
    expect(detectDelimiter('name\ttype\ttarget')).toBe('\t')
    expect(detectDelimiter('name,type;x\n')).toBe(',')
    expect(cells('name;type\nA;email', ';')).toEqual([
      ['name', 'type'],
      ['A', 'email'],
    ])
  })
})
