// Persian and Arabic-Indic digits, as a Persian keyboard types them.
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g

/** The same text with Persian and Arabic-Indic digits as Latin ones (۱۲۳ → 123). */
export function latinDigits(text: string): string {
  // Both ranges end in the digit's value: ۰ is U+06F0, ٠ is U+0660.
  return text.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
}
