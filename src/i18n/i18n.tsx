import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import type { MessageKey, Messages } from './en'
import { formatNumber, LOCALES, type Language } from './format'

// Each catalogue is loaded when it is the language in use, so that no visit downloads one it
// does not show (each is about 10 kB). The page asks for it with the first request for data,
// and the first render waits for both.
const CATALOGUES: Partial<Record<Language, Messages>> = {}

const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
  fa: () => import('./fa').then((module) => module.fa),
}

/** Makes `language`'s messages available; resolves at once when they already are. */
export function loadCatalogue(language: Language): Promise<void> {
  if (CATALOGUES[language]) return Promise.resolve()
  return LOADERS[language]().then((messages) => {
    CATALOGUES[language] = messages
  })
}

/** For code outside the page (tests, scripts) that has the catalogue at hand. */
export function registerCatalogue(language: Language, messages: Messages) {
  CATALOGUES[language] = messages
}

/** Whether `value` is a message's key (every catalogue has the same keys). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.values(CATALOGUES).some((messages) => Object.hasOwn(messages, value))
}

function catalogue(language: Language): Messages {
  const messages = CATALOGUES[language]
  if (!messages) throw new Error(`The ${language} messages are not loaded: call loadCatalogue.`)
  return messages
}
const STORAGE_KEY = 'conecto.language'
// Unicode isolates keep an interpolated URL or key fragment left-to-right inside Persian text.
const ISOLATE_START = '\u2068'
const ISOLATE_END = '\u2069'
// Hebrew, Arabic and Persian letters and presentation forms, and the invisible controls that change
// direction (marks, embeddings, overrides, isolates): a name with any of them needs isolating in
// English, or an unclosed override in it would reverse the rest of the sentence.
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * A value in an isolate of its own. An isolate the value opens and never closes would take the
 * closing mark for its own and keep the rest of the sentence inside it: it is closed first.
 */
function isolated(value: string): string {
  let open = 0
  for (const char of value) {
    if (char >= '\u2066' && char <= '\u2068') open += 1
    else if (char === ISOLATE_END && open > 0) open -= 1
  }
  return ISOLATE_START + value + ISOLATE_END.repeat(open + 1)
}

export type Params = Record<string, string | number>

export interface I18n {
  language: Language
  dir: 'ltr' | 'rtl'
  t: (key: MessageKey, params?: Params) => string
  setLanguage: (language: Language) => void
}

export function initialLanguage(): Language {
  const stored = readStored()
  if (stored) return stored
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en']
  return preferred.some((tag) => tag.toLowerCase().startsWith('fa')) ? 'fa' : 'en'
}

export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const message = catalogue(language)[key]
  const template =
    typeof message === 'string'
      ? message
      : message[pluralRules(language).select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other']
  // Most messages have no placeholder; a table asks for "Enabled" a thousand times.
  if (!template.includes('{')) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    if (typeof value === 'number') return formatNumber(value, language)
    return language === 'fa' || RIGHT_TO_LEFT.test(value) ? isolated(value) : value
  })
}

/** Sets the document's language and direction; Mantine's DirectionProvider follows the `dir`. */
export function applyToDocument(language: Language) {
  document.documentElement.lang = language
  document.documentElement.dir = language === 'fa' ? 'rtl' : 'ltr'
  document.title = translate(language, 'app.title')
}

const I18nContext = createContext<I18n | null>(null)

/**
 * `language` is the one whose catalogue the page loaded before rendering: read again here, the
 * stored choice may have changed in between (another tab, or a script), to a language not loaded.
 */
export function I18nProvider({
  children,
  language: first,
}: {
  children: ReactNode
  language?: Language
}) {
  const [language, setLanguageState] = useState<Language>(() => first ?? initialLanguage())

  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Storage may be unavailable (private mode); the choice still holds for this visit.
    }
    const apply = () => {
      applyToDocument(next)
      setLanguageState(next)
    }
    if (CATALOGUES[next]) apply()
    else void loadCatalogue(next).then(apply)
  }, [])

  const value = useMemo<I18n>(
    () => ({
      language,
      dir: language === 'fa' ? 'rtl' : 'ltr',
      t: (key, params) => translate(language, key, params),
      setLanguage,
    }),
    [language, setLanguage],
  )
  return <I18nContext value={value}>{children}</I18nContext>
}

export function useI18n(): I18n {
  const context = use(I18nContext)
  if (!context) throw new Error('useI18n needs an I18nProvider')
  return context
}

function readStored(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return stored === 'en' || stored === 'fa' ? stored : null
  } catch {
    return null
  }
}

const rulesCache = new Map<Language, Intl.PluralRules>()
function pluralRules(language: Language): Intl.PluralRules {
  let rules = rulesCache.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[language])
    rulesCache.set(language, rules)
  }
  return rules
}
