// A certificate authority that lives for one test run, made with openssl: certificates it
// signs are trusted only where a test says so (NODE_EXTRA_CA_CERTS, nginx's trusted bundle).

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Certificate {
  certFile: string
  keyFile: string
  cert: string
  key: string
}

export interface ThrowawayCa {
  /** The CA's own certificate, to trust. */
  caFile: string
  ca: string
  /** A server certificate for `name` (and 127.0.0.1), signed by the CA. */
  issue(name: string): Certificate
  /** A certificate for `name` signed by itself, which nothing trusts. */
  selfSigned(name: string): Certificate
  remove(): void
}

const KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1']

export function makeThrowawayCa(): ThrowawayCa {
  const dir = mkdtempSync(join(tmpdir(), 'conecto-ca-'))
  const file = (name: string) => join(dir, name)
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' })
  let serial = 0
  /** A key and a certificate request (or with -x509, a certificate) for `name`, in new files. */
  const request = (name: string, ...args: string[]) => {
    serial += 1
    const base = file(`${name}-${serial}`)
    openssl(
      'req',
      ...KEY,
      '-subj',
      `/CN=${name}`,
      '-keyout',
      `${base}.key`,
      '-out',
      `${base}.pem`,
      ...args,
    )
    return base
  }
  const read = (base: string): Certificate => ({
    certFile: `${base}.pem`,
    keyFile: `${base}.key`,
    cert: readFileSync(`${base}.pem`, 'utf8'),
    key: readFileSync(`${base}.key`, 'utf8'),
  })

  const ca = request(
    'throwaway-ca',
    '-x509',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )

  return {
    caFile: `${ca}.pem`,
    ca: readFileSync(`${ca}.pem`, 'utf8'),
    issue(name) {
      const base = request(name)
      renameSync(`${base}.pem`, `${base}.csr`)
      writeFileSync(
        `${base}.ext`,
        `subjectAltName=DNS:${name},IP:127.0.0.1\nextendedKeyUsage=serverAuth\n`,
      )
      openssl(
        'x509',
        '-req',
        '-in',
        `${base}.csr`,
        '-days',
        '1',
        '-CA',
        `${ca}.pem`,
        '-CAkey',
        `${ca}.key`,
        '-set_serial',
        String(serial),
        '-extfile',
        `${base}.ext`,
        '-out',
        `${base}.pem`,
      )
      return read(base)
    },
    selfSigned: (name) => read(request(name, '-x509', '-addext', `subjectAltName=DNS:${name}`)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
