// The two export files. JSON keeps everything a create needs, for any type; CSV is for reading in
// a spreadsheet and for simple imports, with an unknown type's settings as raw JSON.
import type { Handler, HandlerStatus } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { targetField, targetInputs } from '../../../handler-types/target'
import { serialiseCsv } from './csv'

export const EXPORT_FORMAT = 'conecto-notification-handlers'
// 2: `status` (enabled, disabled or pending) in place of 1's `enabled`, which called a pending
// e-mail handler enabled.
export const EXPORT_VERSION = 2

export const CSV_COLUMNS = ['name', 'type', 'target', 'status', 'settings'] as const

export interface ExportedHandler {
  name: string
  type: string | null
  settings: Record<string, string>
  /** `pending`: an e-mail handler waiting for its owner to confirm the address. */
  status: HandlerStatus
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  exported_at: string
  handlers: ExportedHandler[]
}

function exported(handler: Handler): ExportedHandler {
  return {
    name: handler.name,
    type: handler.type,
    settings: { ...handler.settings },
    status: handler.status,
  }
}

export function toJsonExport(handlers: readonly Handler[], now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: now.toISOString(),
    handlers: handlers.map(exported),
  }
  return JSON.stringify(file, null, 2) + '\n'
}

function csvRow(handler: Handler): string[] {
  const field = targetField(handler.type)
  // An unknown type's settings, and a known one's beyond its target, travel whole.
  const whole = !isKnownType(handler.type) || targetInputs(handler.type).length > 1
  return [
    handler.name,
    handler.type ?? '',
    field ? (handler.settings[field] ?? '') : '',
    handler.status,
    whole ? JSON.stringify(handler.settings) : '',
  ]
}

/** With a byte-order mark, without which spreadsheets read UTF-8 (Persian names) as Latin-1. */
export function toCsvExport(handlers: readonly Handler[]): string {
  return '\uFEFF' + serialiseCsv([CSV_COLUMNS, ...handlers.map(csvRow)])
}

const pad = (value: number) => String(value).padStart(2, '0')

/** `conecto-handlers-2026-05-13.json`, in the user's local date. */
export function exportFilename(kind: 'json' | 'csv', now: Date): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `conecto-handlers-${date}.${kind}`
}
