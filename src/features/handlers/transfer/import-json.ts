// A JSON import: this dashboard's export, a bare list of handlers, or a list response of the API.
import { z } from '../../../lib/zod'
import type { HandlerStatus } from '../../../api/types'
import { targetValue } from '../../../handler-types/target'
import { EXPORT_VERSION } from './export-format'
import { refuse, type ImportEntry, type ParsedFile } from './import-types'

const text = z.union([z.string(), z.number(), z.boolean()]).transform(String)

const entrySchema = z.object({
  name: z.string().default(''),
  type: z.string().nullable().default(null),
  settings: z.record(z.string(), text).default({}),
  /** A hand-written file may give the target directly instead of in `settings`. */
  target: z.string().optional(),
  status: z.enum(['enabled', 'disabled', 'pending']).optional(),
  /** Version 1 of the export. */
  enabled: z.boolean().optional(),
  /** As the API sends it: 0 off, 1 on, 2 awaiting e-mail confirmation (on). */
  is_enabled: z.union([z.boolean(), z.number()]).optional(),
})

const fileSchema = z.union([
  z.array(z.unknown()),
  z.object({ version: z.number().optional(), handlers: z.array(z.unknown()) }),
  z.object({ data: z.array(z.unknown()) }),
])

function statusOf({ status, enabled, is_enabled }: z.infer<typeof entrySchema>): HandlerStatus {
  if (status) return status
  if (enabled !== undefined) return enabled ? 'enabled' : 'disabled'
  if (is_enabled === 2) return 'pending'
  return is_enabled === undefined || Boolean(is_enabled) ? 'enabled' : 'disabled'
}

function entryOf(value: unknown, index: number): ImportEntry {
  const line = index + 1
  const parsed = entrySchema.safeParse(value)
  if (!parsed.success) {
    const problems = [{ key: 'transfer.problem.notHandler' as const }]
    return { line, name: '', type: null, target: '', settings: {}, status: 'enabled', problems }
  }
  const { name, settings, target } = parsed.data
  const type = parsed.data.type?.trim().toLowerCase() || null
  return {
    line,
    name,
    type,
    target: (targetValue({ type, settings }) || target || '').trim(),
    settings,
    status: statusOf(parsed.data),
    problems: [],
  }
}

export function parseJsonEntries(body: string): ParsedFile {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return refuse('transfer.file.badJson')
  }
  const parsed = fileSchema.safeParse(value)
  if (!parsed.success) return refuse('transfer.file.jsonShape')
  const file = parsed.data
  if (!Array.isArray(file) && 'version' in file && (file.version ?? 0) > EXPORT_VERSION) {
    return refuse('transfer.file.newerVersion', { version: file.version ?? 0 })
  }
  const list = Array.isArray(file) ? file : 'handlers' in file ? file.handlers : file.data
  return { ok: true, entries: list.map(entryOf) }
}
