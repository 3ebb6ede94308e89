// What an imported name or target may hide. Direction controls make a name read differently from
// what it is (a name can be made to look like another); the server strips HTML tags the way PHP's
// strip_tags does, so a name with a tag is saved as something other than what the file says.

// Bidi embeddings, overrides, isolates and marks. The zero-width non-joiner (U+200C) is not one:
// Persian spelling needs it.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// strip_tags treats `<` followed by anything but white space as the start of a tag, up to `>`
// or the end of the text.
const TAGS = /<!--[\s\S]*?(?:-->|$)|<(?!\s)[^>]*(?:>|$)/g

export function hasBidiControls(value: string): boolean {
  return value.search(BIDI_CONTROLS) >= 0
}

export function withoutBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '')
}

export function hasTags(value: string): boolean {
  return value.search(TAGS) >= 0
}

/** The name as the server will keep it. */
export function withoutTags(value: string): string {
  return value.replace(TAGS, '')
}
