// Which request targets the servers in front of the dashboard accept. The target is checked as
// the client sent it, before anything decodes or normalises it: a proxy that matches one form
// and forwards another (`/api/../admin`, `/api/%2e%2e/admin`) reaches paths outside /api/.

export type TargetVerdict =
  /** A path of the platform's API, forwarded as it is. */
  | 'api'
  /** `/api`, `/apifoo`, `/api-internal`: never the API and never a page of the dashboard. */
  | 'not-api'
  /** A file of the build or a route of the dashboard. */
  | 'page'
  /** Absolute form, dot segments, encoded slashes or dots, backslashes, `;` parameters, `//`. */
  | 'refused'

export function judgeTarget(target: string): TargetVerdict {
  const path = target.split('?', 1)[0]!
  if (!isPlainPath(path)) return 'refused'
  if (path.startsWith('/api/')) return 'api'
  if (path.startsWith('/api')) return 'not-api'
  return 'page'
}

/** Origin-form, and every segment a plain name once decoded: nothing a server could read as structure. */
function isPlainPath(path: string): boolean {
  if (!path.startsWith('/') || path.includes('#')) return false
  const segments = path.slice(1).split('/')
  return segments.every(
    (segment, index) =>
      isPlainSegment(segment) || (segment === '' && index === segments.length - 1),
  )
}

function isPlainSegment(segment: string): boolean {
  if (segment === '' || /[\\;]/.test(segment)) return false
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return false
  }
  // A `%` left after one decoding is a double encoding, read differently by the next server.
  // eslint-disable-next-line no-control-regex
  if (/[/\\;%\u0000-\u001f\u007f]/.test(decoded)) return false
  return decoded !== '.' && decoded !== '..'
}
