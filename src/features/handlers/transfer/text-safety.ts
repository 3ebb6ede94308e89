// What an imported name or target may hide. Direction controls make a name read differently from
// what it is (a name can be made to look like another). Tags, which the server strips, are
// handler-name.ts's.

// Bidi embeddings, overrides, isolates and marks. The zero-width non-joiner (U+200C) is not one:
// Persian spelling needs it.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function hasBidiControls(value: string): boolean {
  return value.search(BIDI_CONTROLS) >= 0
}

export function withoutBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '')
}
