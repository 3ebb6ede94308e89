import type { FieldError } from 'react-hook-form'
import { isMessageKey, type I18n } from '../../../i18n/i18n'

/** The schemas' messages are catalogue keys: this shows them in the user's language. */
export function fieldError(t: I18n['t'], error: FieldError | undefined): string | undefined {
  const message = error?.message
  if (!message) return undefined
  return isMessageKey(message) ? t(message) : message
}
