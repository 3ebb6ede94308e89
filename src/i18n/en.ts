// The English catalogue is the reference: every other language must have exactly these keys.
export const en = {
  'app.title': 'Conecto notification handlers',
  'app.skipToContent': 'Skip to content',
  'language.label': 'Language',
  'language.en': 'English',
  'language.fa': 'فارسی',

  'account.signOut': 'Sign out',
  'account.signInAgain': 'Sign in again',
  'account.menu': 'Account',
  'account.demo': 'Demo (simulator)',
  'account.keyEnding': 'Key ending in {last4}',

  'signIn.title': 'Sign in with an API key',
  'signIn.intro':
    'Manage where Conecto sends your alerts. Use the API key of your account: it is under Account → API on your Conecto site.',
  'signIn.key': 'API key',
  'signIn.keyHint': 'The key stays in this browser tab and goes only to your own server.',
  'signIn.submit': 'Sign in',
  'signIn.checking': 'Checking the key…',
  'signIn.or': 'or',
  'signIn.demo': 'Try the demo',
  'signIn.demoHint':
    'Runs a simulator of the API inside your browser, with sample handlers. Nothing is sent anywhere.',
  'signIn.demoFailed': 'The demo could not start in this browser: {reason}',
  'signIn.error.empty': 'Enter your API key.',
  'signIn.error.format':
    'This does not look like an API key: keys are letters and digits, with no spaces inside.',
  'signIn.error.unauthorized':
    'The server did not accept this key. Check that it is the key of this site, that the account is active, and that its plan includes API access.',
  'signIn.error.network':
    'The server could not be reached. Check your connection, or ask whoever runs this dashboard whether its API address is right.',
  'signIn.error.rateLimited':
    'This key has made too many requests. Try again in {seconds} seconds.',
  'signIn.error.server': 'The server had a problem checking the key. Try again in a moment.',
  'signIn.error.unreadable':
    'The server answered in a way this dashboard does not understand. Is the API address a Conecto-platform site?',

  'handlers.title': 'Notification handlers',
  'handlers.count': { one: '{count} handler', other: '{count} handlers' },
  'handlers.column.name': 'Name',
  'handlers.column.type': 'Type',
  'handlers.column.target': 'Target',
  'handlers.column.status': 'Status',
  'handlers.column.created': 'Created',
  'handlers.column.updated': 'Last changed',
  'handlers.never': 'Never',
  'handlers.noName': '(no name)',
  'handlers.status.enabled': 'Enabled',
  'handlers.status.disabled': 'Disabled',
  'handlers.status.pending': 'Awaiting confirmation',
  'handlers.status.pendingHint':
    'The owner of this address has not confirmed it yet: Conecto sends nothing to it until then.',
  'handlers.target.none': 'In-app, no address',
  'handlers.target.settings': '{count} settings',
  'handlers.loading': 'Loading handlers…',
  'handlers.empty.title': 'No notification handlers yet',
  'handlers.empty.body':
    'A handler is where Conecto sends an alert: an e-mail address, a webhook, Slack, Microsoft Teams, Google Chat or in-app notifications. Add one on your Conecto site under Notification handlers, then reload this page.',
  'handlers.empty.reload': 'Reload',
  'handlers.pastEnd': 'Page {page} does not exist: this account has {pages} pages.',
  'handlers.pastEndAction': 'Go to the last page',
  'handlers.error.title': 'The handlers could not be loaded',
  'handlers.retry': 'Try again',

  'type.email': 'E-mail',
  'type.webhook': 'Webhook',
  'type.slack': 'Slack',
  'type.microsoft_teams': 'Microsoft Teams',
  'type.google_chat': 'Google Chat',
  'type.internal_notification': 'In-app notification',
  'type.unknown': 'Unknown type: {type}',
  'type.none': 'No type',

  'pagination.label': 'Pages',
  'pagination.pageSize': 'Per page',
  'pagination.range': '{from}–{to} of {total}',
  'pagination.first': 'First page',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.last': 'Last page',
  'pagination.page': 'Page {page}',

  'error.unauthorized': 'Your API key is no longer accepted. Sign in again.',
  'error.not-found': 'It was not found on the server: it may have been deleted.',
  'error.rate-limited': 'Too many requests for this key. Try again in {seconds} seconds.',
  'error.refused': 'The server refused the change.',
  'error.server': 'The server had a problem. Try again in a moment.',
  'error.network': 'The server could not be reached. Check your connection.',
  'error.unreadable': 'The server sent an answer this dashboard cannot read.',
  'error.aborted': 'The request was cancelled.',
  'error.serverSaid': 'The server said: {message}',
  'error.unexpected': 'Something went wrong on this part of the page.',
  'error.reload': 'Reload the page',

  'notFound.title': 'There is no such page',
  'notFound.back': 'Back to the handlers',
} as const

type Message = string | { one: string; other: string }
export type MessageKey = keyof typeof en
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : Message }
