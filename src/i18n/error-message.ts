import { isApiError } from '../api/errors'
import type { I18n } from './i18n'

/** A sentence for the user about a failed request, with the server's own words when it sent any. */
export function errorMessage(error: unknown, t: I18n['t']): string {
  if (!isApiError(error)) return t('error.unexpected')
  const sentence =
    error.kind === 'rate-limited'
      ? t('error.rate-limited', { count: error.retryAfter ?? 60 })
      : t(`error.${error.kind}`)
  return error.serverMessage
    ? `${sentence} ${t('error.serverSaid', { message: error.serverMessage })}`
    : sentence
}
