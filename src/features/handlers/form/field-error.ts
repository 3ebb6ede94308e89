import type { FieldError } from 'react-hook-form'
import { en, type MessageKey } from '../../../i18n/en'
import type { I18n } from '../../../i18n/i18n'

/** The schemas' messages are catalogue keys: this shows them in the user's language. */
export function fieldError(t: I18n['t'], error: FieldError | undefined): string | undefined {
  const message = error?.message
  if (!message) return undefined
  return Object.hasOwn(en, message) ? t(message as MessageKey) : message
}
