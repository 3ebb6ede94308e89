// Every API error on the platform has one JSON shape; only a crash differs, arriving as the web
// server's HTML page, which a client must not try to parse as JSON.

const JSON_TYPE = 'application/json'

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_TYPE } })
}

export function errorResponse(
  status: number,
  title: string,
  statusField: number | string = status,
) {
  return jsonResponse({ errors: [{ title, status: statusField }] }, status)
}

export function notFound(): Response {
  return errorResponse(404, 'The requested resource was not found.')
}

/** The platform's DELETE: an empty body that still claims to be JSON. */
export function emptyJson(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Type': JSON_TYPE } })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

export function htmlError(status: number): Response {
  const page = `<!DOCTYPE html>
<html><head><title>${status} Internal Server Error</title></head>
<body><h1>Internal Server Error</h1>
<p>The server encountered an internal error and was unable to complete your request.</p>
</body></html>
`
  return new Response(page, { status, headers: { 'Content-Type': 'text/html; charset=UTF-8' } })
}
