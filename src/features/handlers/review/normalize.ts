// Text as the search compares it: Persian typed on an Arabic keyboard, with or without
// zero-width non-joiners, diacritics or Persian digits, still finds the same names.
import { latinDigits } from '../../../lib/digits'

// Combining marks: Latin accents, Arabic harakat, the superscript alef and Quranic marks.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g
// Zero-width and direction controls, the tatweel and the byte-order mark: invisible in a name.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u0640\ufeff]/g
const LETTERS: Record<string, string> = {
  '\u064a': '\u06cc', // Arabic yeh → Persian yeh
  '\u0649': '\u06cc', // alef maksura → Persian yeh
  '\u0643': '\u06a9', // Arabic kaf → Persian keheh
  '\u0629': '\u0647', // teh marbuta → heh
  '\u06d5': '\u0647', // ae (what NFKD leaves of ۀ) → heh
  '\u06c1': '\u0647', // heh goal → heh
}
const ARABIC_LETTERS = /[\u064a\u0649\u0643\u0629\u06d5\u06c1]/g

/** Lower case, without marks or invisible characters, in one spelling of each Persian letter. */
export function normalizeText(text: string): string {
  return latinDigits(text)
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(ARABIC_LETTERS, (letter) => LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of a search, each to be found somewhere in a handler's name or target. */
export function searchTerms(query: string): string[] {
  const normal = normalizeText(query)
  return normal === '' ? [] : normal.split(' ')
}
