// What the server keeps of a name, and the one rule on names that the form, import and rename
// share. The server strips HTML tags as PHP's strip_tags does, trims the ASCII spaces PHP's trim
// knows, and cuts the rest to 128 code points (mb_substr), without a word.
import { charCount } from '../../handler-types/target-rules'
import type { MessageKey } from '../../i18n/en'

export const NAME_MAX_LENGTH = 128

// strip_tags treats `<` followed by anything but white space as the start of a tag, up to `>`
// or the end of the text.
const TAGS = /<!--[\s\S]*?(?:-->|$)|<(?!\s)[^>]*(?:>|$)/g
const PHP_TRIM = /^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g
// Spaces of every kind, and what draws nothing: zero-width spaces and joiners (ZWNJ included),
// direction marks, embeddings and isolates, the byte-order mark, soft hyphens, fillers.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}]/gu

export function hasTags(value: string): boolean {
  return value.search(TAGS) >= 0
}

export function withoutTags(value: string): string {
  return value.replace(TAGS, '')
}

/** The name as the server will store it, before it cuts it to NAME_MAX_LENGTH. */
export function keptName(name: string): string {
  return withoutTags(name).replace(PHP_TRIM, '')
}

/** The characters of a name the server counts against its limit. */
export function nameLength(name: string): number {
  return charCount(keptName(name))
}

/** Whether a name draws nothing on screen: empty, or only spaces and invisible characters. */
export function showsAsNothing(name: string): boolean {
  return name.replace(INVISIBLE, '') === ''
}

/** Why a name (already trimmed) cannot be saved as it is, or null. */
export function nameProblem(name: string): MessageKey | null {
  if (name === '') return 'form.error.nameRequired'
  if (showsAsNothing(keptName(name))) return 'form.error.nameInvisible'
  if (nameLength(name) > NAME_MAX_LENGTH) return 'form.error.nameTooLong'
  return null
}
