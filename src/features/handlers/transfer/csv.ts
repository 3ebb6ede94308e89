// RFC 4180 CSV, with the one addition spreadsheets need: a cell that a spreadsheet would run as a
// formula is written with a leading apostrophe, and read back without it.

export interface CsvRecord {
  /** The line of the file the record starts on, from 1. */
  line: number
  cells: string[]
}

export type CsvParse =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; problem: 'unclosedQuote' | 'afterQuote'; line: number }

// `'` first so that a value that already starts with apostrophes survives the round trip.
const FORMULA_START = /^'*[=+\-@\t\r]/
const NEUTRALISED = /^'+[=+\-@\t\r]/

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

export function restore(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value
}

export function csvCell(value: string): string {
  const safe = neutralise(value)
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Records joined with CRLF, each cell neutralised and quoted where needed. */
export function serialiseCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('')
}

/** Spreadsheets in some languages save with `;` or tabs: the header line tells which. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/))
  if (header.includes(',')) return ','
  if (header.includes(';')) return ';'
  return header.includes('\t') ? '\t' : ','
}

export function parseCsv(text: string, delimiter = ','): CsvParse {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let closed = false
  let line = 1
  let recordLine = 1

  const endCell = () => {
    cells.push(cell)
    cell = ''
    closed = false
  }
  const endRecord = () => {
    const blank = cells.length === 0 && cell === '' && !closed
    endCell()
    if (!blank) records.push({ line: recordLine, cells })
    cells = []
  }

  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') {
        quoted = false
        closed = true
      } else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === delimiter) {
      endCell()
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++
      endRecord()
      line++
      recordLine = line
    } else if (closed) {
      return { ok: false, problem: 'afterQuote', line }
    } else if (char === '"' && cell === '') {
      quoted = true
    } else {
      // A quote inside an unquoted cell is kept as it is, as spreadsheets do.
      cell += char
    }
  }
  if (quoted) return { ok: false, problem: 'unclosedQuote', line: recordLine }
  if (cells.length > 0 || cell !== '' || closed) endRecord()
  return { ok: true, records }
}
