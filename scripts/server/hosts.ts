import { isIP } from 'node:net'

/**
 * Whether a Host header names this server, as vite preview judged it: an IP address, localhost
 * or a name given in HOST. A page on another name that resolves to 127.0.0.1 (DNS rebinding)
 * must not reach the proxy and the keys that pass through it.
 */
export function isAllowedHost(header: string | undefined, ownNames: string[]): boolean {
  if (!header) return false
  let hostname: string
  try {
    hostname = new URL(`http://${header}`).hostname
  } catch {
    return false
  }
  const bare = hostname.replace(/^\[(.*)\]$/, '$1')
  return (
    isIP(bare) !== 0 ||
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    ownNames.includes(bare)
  )
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}
