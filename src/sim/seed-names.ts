// Handler names as people write them on a Persian site: mostly Persian, some English, some both
// in one name; now and then an emoji, a stray direction control, or a name that runs to the
// server's limit and is cut there.

import { NAME_MAX } from './form-values'
import { pick, randomInt } from './prng'
import type { Random } from './prng'
import * as words from './seed-words'

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹'

function persianDigits(value: number): string {
  return String(value).replace(/\d/g, (digit) => PERSIAN_DIGITS.charAt(Number(digit)))
}

/** A small number, in Persian digits mostly when the name is Persian. */
function number(random: Random, persian: boolean): string {
  const value = randomInt(random, 1, 24)
  return persian && random() < 0.8 ? persianDigits(value) : String(value)
}

function persianName(random: Random, type: string): string {
  const typeWord = pick(random, words.TYPE_WORDS_FA[type] ?? ['اعلان'])
  const subject = pick(random, words.SUBJECTS_FA)
  const place = pick(random, words.PLACES_FA)
  const name = [
    () => `${typeWord} ${subject}`,
    () => `${subject} ${place}`,
    () => `${typeWord} ${subject} ${place}`,
    () => `${subject} – ${pick(random, words.QUALIFIERS_FA)}`,
    () => `${pick(random, words.ROTATIONS_FA)} ${number(random, true)}`,
    () => pick(random, words.PHRASES_FA),
  ][randomInt(random, 0, 5)]!()
  return random() < 0.25 ? `${name} ${number(random, true)}` : name
}

function mixedName(random: Random, type: string): string {
  const latin = pick(random, words.LATIN_IN_FA)
  return [
    () => `هشدار ${latin} ${pick(random, words.SERVICES_EN)} ${number(random, true)}`,
    () => `${latin} ${pick(random, words.SUBJECTS_FA)}`,
    () => `${pick(random, words.SUBJECTS_FA)} (${pick(random, words.ENVIRONMENTS)})`,
    () =>
      `${pick(random, words.TYPE_WORDS_FA[type] ?? ['اعلان'])} ${latin} ${pick(random, words.PLACES_FA)}`,
  ][randomInt(random, 0, 3)]!()
}

function latinName(random: Random, type: string): string {
  const typeWord = pick(random, words.TYPE_WORDS_EN[type] ?? [type])
  const environment = pick(random, words.ENVIRONMENTS)
  return [
    () => `${typeWord} – ${pick(random, words.TEAMS_EN)}`,
    () => `${pick(random, words.TEAMS_EN)} (${pick(random, words.CITIES_EN)})`,
    () => `${pick(random, words.SERVICES_EN)} ${environment} alerts`,
    () => `On-call rotation week ${randomInt(random, 1, 52)}`,
    () => `${typeWord} #alerts-${environment}`,
  ][randomInt(random, 0, 4)]!()
}

function emoji(random: Random): string {
  const kind = random()
  if (kind < 0.45) return pick(random, words.ZWJ_EMOJI)
  return pick(random, kind < 0.65 ? words.FLAGS : words.EMOJI)
}

/** Direction controls that came in with a paste, never closed: RLE, RLO, RLI, PDI, RLM. */
function withBidiControl(random: Random, name: string): string {
  return [
    () => `\u202B${name}`,
    () => `\u200F${name}`,
    () => `${name} \u2067${pick(random, words.LATIN_IN_FA)}`,
    () => `${name}\u2069`,
    () => `\u202E${name}`,
  ][randomInt(random, 0, 4)]!()
}

/** Runs on with the tails until it reaches the limit, cut there as the server cuts it. */
function atLimit(random: Random, name: string, persian: boolean): string {
  let text = name
  while (Array.from(text).length < NAME_MAX) {
    text += ` – ${pick(random, persian ? words.TAILS_FA : words.TAILS_EN)}`
  }
  const chars = Array.from(text).slice(0, NAME_MAX)
  // The server trims before it cuts, so a stored name can end in a space; this keeps the
  // corpus a fixed point of the server's cleaning, which the corpus test checks.
  if (/\s/.test(chars[NAME_MAX - 1] ?? '')) chars[NAME_MAX - 1] = '…'
  return chars.join('')
}

export function realisticName(random: Random, type: string): string {
  const script = random()
  const persian = script < 0.75
  let name =
    script < 0.58
      ? persianName(random, type)
      : persian
        ? mixedName(random, type)
        : latinName(random, type)
  if (random() < 0.12)
    name = random() < 0.5 ? `${emoji(random)} ${name}` : `${name} ${emoji(random)}`
  if (random() < 0.04) name = withBidiControl(random, name)
  if (random() < 0.07) name = atLimit(random, name, persian)
  return name
}
