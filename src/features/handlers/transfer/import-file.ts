// Reads an import file into entries, one per handler, or says why the whole file is refused.
// Whole-file problems stop everything: nothing is ever imported from a file only partly read.
import { parseCsvEntries } from './import-csv'
import { parseJsonEntries } from './import-json'
import { refuse, type ParsedFile } from './import-types'

/** One import is at most this many handlers: a bigger file is refused, not cut. */
export const MAX_ROWS = 5000
export const MAX_FILE_MB = 10

/** The parsed entries, checked for the limits every format shares. */
export function parseImport(text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return refuse('transfer.file.empty')
  // A NUL never occurs in JSON or CSV text: this is a binary file such as a spreadsheet.
  if (body.includes('\u0000')) return refuse('transfer.file.notText')
  const parsed = /^\s*[[{]/.test(body) ? parseJsonEntries(body) : parseCsvEntries(body)
  if (!parsed.ok) return parsed
  if (parsed.entries.length === 0) return refuse('transfer.file.noRows')
  if (parsed.entries.length > MAX_ROWS) {
    return refuse('transfer.file.tooMany', { count: parsed.entries.length, max: MAX_ROWS })
  }
  return parsed
}

export async function readImportFile(file: Blob): Promise<ParsedFile> {
  if (file.size > MAX_FILE_MB * 1024 * 1024)
    return refuse('transfer.file.tooBig', { max: MAX_FILE_MB })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
  } catch {
    return refuse('transfer.file.notText')
  }
  return parseImport(text)
}
