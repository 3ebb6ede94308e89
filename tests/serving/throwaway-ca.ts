// A certificate authority that lives for one test run, made with openssl: certificates it
// signs are trusted only where a test says so (NODE_EXTRA_CA_CERTS, nginx's trusted bundle).

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

const KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']

export function makeThrowawayCa(): ThrowawayCa {
  const dir = mkdtempSync(join(tmpdir(), 'conecto-ca-'))
  const file = (name: string) => join(dir, name)
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' })
  const read = (certFile: string, keyFile: string): Certificate => ({
    certFile,
    keyFile,
    cert: readFileSync(certFile, 'utf8'),
    key: readFileSync(keyFile, 'utf8'),
  })

  openssl(
    'req',
    '-x509',
    ...KEY,
    '-days',
    '1',
    '-subj',
    '/CN=Throwaway test CA',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )
  let serial = 0

  return {
    caFile: file('ca.pem'),
    ca: readFileSync(file('ca.pem'), 'utf8'),
    issue(name) {
      serial += 1
      const base = file(`${name}-${serial}`)
      writeFileSync(
        `${base}.ext`,
        `subjectAltName=DNS:${name},IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
      )
      openssl(
        'req',
        ...KEY,
        '-subj',
        `/CN=${name}`,
        '-keyout',
        `${base}.key`,
        '-out',
        `${base}.csr`,
      )
      openssl(
        'x509',
        '-req',
        '-in',
        `${base}.csr`,
        '-days',
        '1',
        '-CA',
        file('ca.pem'),
        '-CAkey',
        file('ca.key'),
        '-set_serial',
        String(serial),
        '-extfile',
        `${base}.ext`,
        '-out',
        `${base}.pem`,
      )
      return read(`${base}.pem`, `${base}.key`)
    },
    selfSigned(name) {
      serial += 1
      const base = file(`${name}-${serial}`)
      openssl(
        'req',
        '-x509',
        ...KEY,
        '-days',
        '1',
        '-subj',
        `/CN=${name}`,
        '-addext',
        `subjectAltName=DNS:${name}`,
        '-keyout',
        `${base}.key`,
        '-out',
        `${base}.pem`,
      )
      return read(`${base}.pem`, `${base}.key`)
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
