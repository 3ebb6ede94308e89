// What a screen's JavaScript and CSS cost, and which package each byte of JavaScript comes from.
// Sizes are of the built files; gzip is zlib's default level, as most servers send it. A
// package's share is measured through the source maps of a `--sourcemap hidden` build (the
// JavaScript itself is the same as without maps): the minified bytes each package produced,
// and those bytes gzipped on their own, which overstates a small package's share a little.

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js'

export interface Size {
  raw: number
  gzip: number
}

export interface PackageShare extends Size {
  name: string
}

export function sizeOf(content: Buffer | string): Size {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  return { raw: bytes.length, gzip: gzipSync(bytes).length }
}

export function addSizes(sizes: Size[]): Size {
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), {
    raw: 0,
    gzip: 0,
  })
}

/** The size of each of `files` (paths under `distDir`, such as `assets/index-abc.js`), summed. */
export function filesSize(distDir: string, files: string[]): Size {
  return addSizes(files.map((file) => sizeOf(readFileSync(join(distDir, file)))))
}

/** `react-dom`, `@mantine/core`, or `app` for the project's own code. */
export function packageOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (match?.[1]) return match[1]
  return /(^|\/)src\//.test(source) ? 'app' : 'other'
}

/** The JavaScript of `files`, split by the package its bytes come from, largest first. */
export function packageShares(distDir: string, files: string[]): PackageShare[] {
  const code = new Map<string, string[]>()
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    const source = readFileSync(join(distDir, file), 'utf8')
    const mapFile = join(distDir, `${file}.map`)
    // The bundler's own few lines of module loading come without a map.
    if (!existsSync(mapFile)) {
      code.set('bundler runtime', [...(code.get('bundler runtime') ?? []), source])
      continue
    }
    const lines = source.split('\n')
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap
    const consumer = new SourceMapConsumer(map)
    // Each mapped segment runs to the next segment's start on the same line.
    const segments: { line: number; column: number; source: string }[] = []
    consumer.eachMapping((mapping) => {
      segments.push({
        line: mapping.generatedLine,
        column: mapping.generatedColumn,
        source: mapping.source ? packageOf(mapping.source) : 'other',
      })
    })
    segments.sort((a, b) => a.line - b.line || a.column - b.column)
    segments.forEach((segment, index) => {
      const next = segments[index + 1]
      const line = lines[segment.line - 1] ?? ''
      const end = next && next.line === segment.line ? next.column : line.length
      const pieces = code.get(segment.source) ?? []
      pieces.push(line.slice(segment.column, end))
      code.set(segment.source, pieces)
    })
  }
  return [...code]
    .map(([name, pieces]) => ({ name, ...sizeOf(pieces.join('')) }))
    .sort((a, b) => b.gzip - a.gzip)
}
