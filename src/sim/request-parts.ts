// Reading a request the way PHP sees it: only form bodies fill $_POST, the key comes from a
// Bearer header and nothing else.

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded']

/** Form fields (the last of repeated names wins, as in PHP); any other body reads as empty. */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get('Content-Type')?.toLowerCase() ?? ''
  if (!FORM_TYPES.some((form) => type.startsWith(form))) return {}
  try {
    const fields: Record<string, string> = {}
    for (const [name, value] of await request.formData()) {
      if (typeof value === 'string') fields[name] = value
    }
    return fields
  } catch {
    return {}
  }
}

/** The key from `Authorization: Bearer <key>`, or null when there is none to read. */
export function bearerKey(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}

/** A delay that gives up early when the client has gone away. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true },
    )
  })
}
