import type { I18n } from '../i18n/i18n'
import { last4, type Account } from './accounts-store'

/** What an account is called on screen: the user's label, else the demo, else its key's end. */
export function accountName(account: Account, t: I18n['t'], profileName?: string | null): string {
  if (account.label) return account.label
  if (account.kind === 'demo') return t('account.demo')
  return profileName || t('account.keyEnding', { last4: last4(account) })
}
