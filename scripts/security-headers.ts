// The headers the servers in front of the dashboard send, shared by `npm start` (scripts/server/)
// and checked against the nginx configuration (scripts/nginx-site.conf).

/**
 * Only this origin may supply code, styles, fonts and data (Mantine sets its theme variables in a
 * style element, hence inline styles), and the page cannot be framed.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}

/**
 * What every /api answer and every refusal carries in place of whatever the upstream sent: an
 * answer may hold an API key, so it is never stored, and an upstream page opened on this origin
 * runs nothing.
 */
export const API_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
}

/** The upstream's own headers that an /api answer keeps: how to read the body, and the rate limit. */
export const UPSTREAM_HEADERS_KEPT =
  /^(content-type|content-length|content-encoding|retry-after|x-ratelimit-[a-z-]+)$/i

/** Hashed assets never change under their name; everything else is asked for afresh. */
export function cacheControl(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}
