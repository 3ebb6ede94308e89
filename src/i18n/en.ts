import { TYPE_NAMES_EN } from './type-names'

// The English catalogue is the reference: every other language must have exactly these keys.
export const en = {
  'app.title': 'Conecto notification handlers',
  'app.skipToContent': 'Skip to content',
  'theme.label': 'Colour theme: {theme}',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.auto': 'Follow the system',
  'language.label': 'Language',
  'language.en': 'English',
  'language.fa': 'فارسی',

  'account.signOut': 'Sign out',
  'account.signInAgain': 'Sign in again',
  'account.demo': 'Demo (simulator)',
  'account.keyEnding': 'Key ending in {last4}',

  'signIn.title': 'Sign in with an API key',
  'signIn.intro':
    'Manage where Conecto sends your alerts. Use the API key of your account: it is under Account → API on your Conecto site.',
  'signIn.key': 'API key',
  'signIn.keyHint': 'The key is sent only to your own server, never anywhere else.',
  'signIn.submit': 'Sign in',
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
  'signIn.error.rateLimited': {
    one: 'This key has made too many requests. Try again in {count} second.',
    other: 'This key has made too many requests. Try again in {count} seconds.',
  },
  'signIn.error.server': 'The server had a problem checking the key. Try again in a moment.',
  'signIn.error.unreadable':
    'The server answered in a way this dashboard does not understand. Is the API address a Conecto-platform site?',

  'signIn.addTitle': 'Add an account',
  'signIn.label': 'Label (optional)',
  'signIn.labelHint': 'A name to tell this account from others, such as the client it belongs to.',
  'signIn.remember': 'Remember on this device',
  'signIn.rememberHint':
    'The key stays in this browser after it is closed, for anyone who uses it. Leave this off on a shared computer.',
  'signIn.cancel': 'Cancel',
  'account.switcher': 'Accounts, current: {name}',
  'account.add': 'Add an account',
  'account.signOutAll': 'Sign out of all accounts',
  'reauth.title': 'Enter the API key again',
  'reauth.body':
    'The server no longer accepts the key of “{account}”. Enter it again to carry on: nothing you were doing is lost.',
  'reauth.submit': 'Continue',
  'reauth.signOut': 'Sign out of this account',
  'reauth.otherAccount':
    'This key belongs to another account, not to {account}. Enter the key of {account}, or sign in with this one from the account menu once this is done.',
  'handlers.title': 'Notification handlers',
  'handlers.count': { one: '{count} handler', other: '{count} handlers' },
  'handlers.new': 'New handler',
  'handlers.tools': 'Search, filters and bulk actions',
  'handlers.column.actions': 'Actions',
  'handlers.toggle.label': 'Enable “{name}”',
  'handlers.toggle.enableFailed': '“{name}” could not be enabled.',
  'handlers.toggle.disableFailed': '“{name}” could not be disabled.',
  'handlers.toggle.changedElsewhere':
    '“{name}” had been changed elsewhere since the table was loaded: its row now shows it as the server holds it.',
  'handlers.toggle.differs': 'The server reports “{name}” as {status}, not as you set it.',
  'handlers.actions.menu': 'Actions for “{name}”',
  'handlers.actions.edit': 'Edit',
  'handlers.actions.duplicate': 'Duplicate',
  'handlers.actions.delete': 'Delete',
  'handlers.delete.done': '“{name}” was deleted.',
  'handlers.delete.failed': '“{name}” could not be deleted, so it is back in the list.',
  'undo.action': 'Undo',
  'undo.tooLate':
    '“{name}” was already deleted on the server: it can no longer be brought back from here.',
  'handlers.target.reveal': 'Show the whole target',
  'handlers.target.hide': 'Hide the target',
  'handlers.target.copy': 'Copy the target',
  'handlers.target.copied': 'Copied',
  'notifications.close': 'Close',
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
  'handlers.loading': 'Loading handlers…',
  'handlers.empty.title': 'No notification handlers yet',
  'handlers.empty.body':
    'A handler is where Conecto sends an alert: an e-mail address, a webhook, Slack, Microsoft Teams, Google Chat or in-app notifications. Add the first one with New handler, or import handlers exported from another account.',
  'handlers.pastEnd': 'Page {page} does not exist: this account has {pages} pages.',
  'handlers.pastEndAction': 'Go to the last page',
  'handlers.error.title': 'The handlers could not be loaded',
  'handlers.retry': 'Try again',

  'filters.search': 'Search',
  'filters.searchPlaceholder': 'Name or target',
  'filters.clearSearch': 'Clear the search',
  'filters.type': 'Filter by type',
  'filters.anyType': 'Any type',
  'filters.status': 'Filter by status',
  'filters.anyStatus': 'Any status',
  'filters.clear': 'Clear search and filters',
  'filters.matching': {
    one: '{count} of {total} handlers matches.',
    other: '{count} of {total} handlers match.',
  },
  'filters.noMatch': 'No handler matches this search and these filters.',
  'filters.loading': 'Loading all handlers…',
  'filters.loadingProgress': 'Loading all handlers: {loaded} of {total}',
  'filters.loadingLabel': 'Handlers loaded',
  'review.column': 'Findings',
  'review.summary': 'Findings',
  'review.flagged': {
    one: '{count} of {total} handlers needs a look:',
    other: '{count} of {total} handlers need a look:',
  },
  'review.none': {
    one: 'No findings: nothing looks wrong with this handler.',
    other: 'No findings: nothing looks wrong in these {count} handlers.',
  },
  'review.chip': '{finding}: {count}',
  'review.showAll': 'All with findings',
  'review.checkHint':
    'Duplicate targets and other findings are looked for across the whole account.',
  'review.check': {
    one: 'Check the {count} handler',
    other: 'Check all {count} handlers',
  },
  'review.finding.duplicate': 'Duplicate target',
  'review.finding.invalid': 'Invalid target',
  'review.finding.retired': 'Retired Teams URL',
  'review.finding.insecure': 'Plain http',
  'review.finding.pending': 'Unconfirmed address',
  'review.finding.unknownType': 'Unknown type',
  'review.hint.duplicate': 'Another handler sends to the same target.',
  'review.hint.retired':
    'Microsoft has retired the connector URLs on outlook.office.com: alerts may never arrive.',
  'review.hint.insecure': 'Alerts to this address travel unencrypted.',
  'review.hint.pending':
    'Its owner has not confirmed the address: Conecto sends nothing to it until then.',
  'review.hint.unknownType':
    'The dashboard does not know this type, or the server lost it: it can be renamed, switched or deleted, not edited.',
  'bulk.select.row': 'Select “{name}”',
  'bulk.select.page': 'Select all on this page',
  'bulk.actions': 'Selected handlers',
  'bulk.selected': { one: '{count} selected', other: '{count} selected' },
  'bulk.noneSelected': 'Tick handlers to act on several at once.',
  'bulk.pageSelected': {
    one: 'The {count} handler on this page is selected.',
    other: 'All {count} handlers on this page are selected.',
  },
  'bulk.selectAll': {
    one: 'Select the {count} handler that matches',
    other: 'Select all {count} that match',
  },
  'bulk.allSelected': {
    one: 'The {count} handler that matches is selected.',
    other: 'All {count} handlers that match are selected.',
  },
  'bulk.clear': 'Clear selection',
  'bulk.enable': 'Enable',
  'bulk.disable': 'Disable',
  'bulk.delete': 'Delete',
  'bulk.deleteConfirm.title': {
    one: 'Delete {count} handler?',
    other: 'Delete {count} handlers?',
  },
  'bulk.deleteConfirm.body': {
    one: '{count} handler will be deleted and Conecto will stop sending alerts to it. It can be undone for 8 seconds, not after.',
    other:
      '{count} handlers will be deleted and Conecto will stop sending alerts to them. It can be undone for 8 seconds, not after.',
  },
  'bulk.deletePending': {
    one: '{count} handler will be deleted in a few seconds.',
    other: '{count} handlers will be deleted in a few seconds.',
  },
  'bulk.deleteConfirm.confirm': {
    one: 'Delete {count} handler',
    other: 'Delete {count} handlers',
  },
  'bulk.cancel': 'Cancel',
  'bulk.cancelling': 'stopping…',
  'bulk.running.enable': { one: 'Enabling {count} handler', other: 'Enabling {count} handlers' },
  'bulk.running.disable': {
    one: 'Disabling {count} handler',
    other: 'Disabling {count} handlers',
  },
  'bulk.running.delete': { one: 'Deleting {count} handler', other: 'Deleting {count} handlers' },
  'bulk.progressLabel': 'Bulk progress',
  'bulk.progress': '{done} of {total} done',
  'bulk.progressFailed': { one: '{count} failed', other: '{count} failed' },
  'bulk.left.unknown': 'working out the time left',
  'bulk.left.seconds': {
    one: 'about {count} second left',
    other: 'about {count} seconds left',
  },
  'bulk.left.minutes': {
    one: 'about {count} minute left',
    other: 'about {count} minutes left',
  },
  'bulk.report.label': 'Bulk report',
  'bulk.report.done': 'Done',
  'bulk.report.problems': 'Done, but not everything worked',
  'bulk.report.cancelled': 'Cancelled',
  'bulk.done.enable': { one: '{count} handler enabled.', other: '{count} handlers enabled.' },
  'bulk.done.disable': { one: '{count} handler disabled.', other: '{count} handlers disabled.' },
  'bulk.done.delete': { one: '{count} handler deleted.', other: '{count} handlers deleted.' },
  'bulk.notDone': {
    one: '{count} handler was not changed because the work was cancelled.',
    other: '{count} handlers were not changed because the work was cancelled.',
  },
  'bulk.unchanged.enable': {
    one: '{count} was enabled already.',
    other: '{count} were enabled already.',
  },
  'bulk.unchanged.disable': {
    one: '{count} was disabled already.',
    other: '{count} were disabled already.',
  },
  'bulk.pendingLeft': {
    one: '{count} awaiting confirmation was left as it is: it receives nothing until its owner confirms the address.',
    other:
      '{count} awaiting confirmation were left as they are: they receive nothing until their owners confirm the address.',
  },
  'bulk.nothing': 'Nothing to send: every selected handler is in that state already.',
  'bulk.failedCount': { one: '{count} failed:', other: '{count} failed:' },
  'bulk.failures': 'Failures',
  'bulk.failure': '“{name}”: {reason}',
  'bulk.retry': { one: 'Retry the failed one', other: 'Retry the {count} failed' },
  'bulk.undo.enable': { one: 'Undo: disable it again', other: 'Undo: disable the {count} again' },
  'bulk.undo.disable': { one: 'Undo: enable it again', other: 'Undo: enable the {count} again' },
  'undo.enabled': '“{name}” was enabled.',
  'undo.disabled': '“{name}” was disabled.',
  'bulk.close': 'Close the report',

  ...TYPE_NAMES_EN,
  'type.unknown': 'Unknown type: {type}',
  'type.none': 'No type',

  'transfer.toolbar': 'Export and import',
  'transfer.export': 'Export',
  'transfer.export.scope.selection': {
    one: 'The {count} selected handler',
    other: 'The {count} selected handlers',
  },
  'transfer.export.scope.search': {
    one: 'The {count} handler matching the search',
    other: 'The {count} handlers matching the search',
  },
  'transfer.export.scope.filters': {
    one: 'The {count} handler matching the filters',
    other: 'The {count} handlers matching the filters',
  },
  'transfer.export.scope.searchAndFilters': {
    one: 'The {count} handler matching the search and filters',
    other: 'The {count} handlers matching the search and filters',
  },
  'transfer.export.scope.view': {
    one: 'The {count} handler in this view',
    other: 'The {count} handlers in this view',
  },
  'transfer.export.scope.all': 'Every handler of this account',
  'transfer.export.json': 'JSON, to import again',
  'transfer.export.csv': 'CSV, for spreadsheets',
  'transfer.export.title': 'This file contains secret URLs',
  'transfer.export.warning': {
    one: 'It holds the full target of {count} handler. A webhook URL is a secret: anyone who has the file can send messages to it. Keep the file somewhere safe and delete it when you no longer need it.',
    other:
      'It holds the full targets of {count} handlers. A webhook URL is a secret: anyone who has the file can send messages to it. Keep the file somewhere safe and delete it when you no longer need it.',
  },
  'transfer.export.warningAll':
    'It holds the full target of every handler of this account. A webhook URL is a secret: anyone who has the file can send messages to it. Keep the file somewhere safe and delete it when you no longer need it.',
  'transfer.export.download': 'Download',
  'transfer.export.cancel': 'Cancel',
  'transfer.export.done': {
    one: '{count} handler saved to {file}.',
    other: '{count} handlers saved to {file}.',
  },
  'transfer.export.nothing': 'There are no handlers to export.',
  'transfer.export.failed': 'The export could not be made',
  'transfer.import': 'Import',
  'transfer.copyTo': 'Copy to…',
  'transfer.dialog.import': 'Import handlers into “{account}”',
  'transfer.dialog.copy': 'Copy handlers to “{account}”',
  'transfer.file.intro':
    'Choose a JSON file exported from this dashboard, or a CSV file with the columns name, type and target (and, if you like, enabled). One file holds at most {max} handlers. Nothing is created before you confirm.',
  'transfer.file.label': 'JSON or CSV file to import',
  'transfer.file.choose': 'Choose a file…',
  'transfer.file.problemTitle': 'This file cannot be imported',
  'transfer.file.empty': 'The file is empty.',
  'transfer.file.noRows': 'The file lists no handlers.',
  'transfer.file.notText':
    'This is not a JSON or CSV file: it is not plain text. From a spreadsheet, save it as “CSV UTF-8”.',
  'transfer.file.notRecognised':
    'This file is neither JSON nor a CSV with the columns name, type and target.',
  'transfer.file.badJson':
    'This file starts like JSON but is not valid JSON: it may be cut short or damaged by an edit.',
  'transfer.file.jsonShape':
    'This JSON is not a list of handlers. Use a file exported from this dashboard.',
  'transfer.file.newerVersion':
    'This file was made by a newer version of the dashboard (format {version}). Reload the page and try again.',
  'transfer.file.tooBig': 'The file is larger than {max} MB: too large to be a list of handlers.',
  'transfer.file.tooMany':
    'The file lists {count} handlers, and one import takes at most {max}. Split it into smaller files. Nothing was imported.',
  'transfer.file.missingColumns':
    'The CSV has no {columns} column. It needs the columns name, type and target.',
  'transfer.file.unknownColumns':
    'The CSV has columns this dashboard does not know: {columns}. The columns can be name, type, target, enabled and settings: remove or rename the others.',
  'transfer.file.duplicateColumn': 'The CSV has the column “{column}” more than once.',
  'transfer.file.unclosedQuote':
    'The CSV is damaged: a quoted cell that starts on line {line} is never closed.',
  'transfer.file.afterQuote':
    'The CSV is damaged: on line {line}, text follows the closing quote of a cell.',
  'transfer.problem.notHandler':
    'This entry is not a handler: it needs a name, a type and settings.',
  'transfer.problem.noType': 'The row has no type.',
  'transfer.problem.unknownType': 'The dashboard cannot create handlers of type “{type}”.',
  'transfer.problem.enabled': 'The enabled column must be true or false, not “{value}”.',
  'transfer.problem.status':
    'The status column must be enabled, disabled or pending, not “{value}”.',
  'transfer.problem.outsideColumns': 'The row has values outside the named columns.',
  'transfer.problem.hiddenInTarget':
    'The target contains invisible direction characters: type it again by hand.',
  'transfer.warning.bidi': 'Invisible direction characters were removed from the name.',
  'transfer.warning.tags':
    'The server removes HTML tags from names, so it is saved as shown. The file says: {name}',
  'transfer.duplicate.account': 'The account already sends to this destination.',
  'transfer.duplicate.file': 'Same destination as row {row}.',
  'transfer.preview.ready': 'Ready',
  'transfer.preview.filter': 'Show',
  'transfer.preview.filter.all': 'All ({count})',
  'transfer.preview.filter.ready': 'Ready ({count})',
  'transfer.preview.filter.problems': 'Problems ({count})',
  'transfer.preview.filter.duplicates': 'Already there ({count})',
  'transfer.preview.checking': 'Checking which handlers “{account}” already has…',
  'transfer.preview.checkFailed':
    'The handlers of “{account}” could not be loaded, so duplicates cannot be marked.',
  'transfer.preview.retry': 'Try again',
  'transfer.preview.table': 'Rows to import',
  'transfer.preview.column.select': 'Import',
  'transfer.preview.column.row': 'Row',
  'transfer.preview.column.check': 'Check',
  'transfer.preview.selectAll': 'Import every row that can be imported',
  'transfer.preview.selectRow': 'Import row {row}',
  'transfer.preview.selected': '{selected} of {total} rows selected',
  'transfer.preview.none': 'No rows to show.',
  'transfer.preview.confirm': {
    one: 'Create {count} handler in “{account}”',
    other: 'Create {count} handlers in “{account}”',
  },
  'transfer.preview.back': 'Choose another file',
  'transfer.preview.cancel': 'Cancel',
  'transfer.run.label': 'Progress',
  'transfer.run.valueText': '{done} of {total}',
  'transfer.run.counts': '{done} of {total} done, {failed} failed',
  'transfer.run.secondsLeft': {
    one: 'about {count} second left',
    other: 'about {count} seconds left',
  },
  'transfer.run.minutesLeft': {
    one: 'about {count} minute left',
    other: 'about {count} minutes left',
  },
  'transfer.run.cancel': 'Cancel',
  'transfer.run.cancelling': 'Stopping after the requests already sent…',
  'transfer.report.title': 'Finished',
  'transfer.report.titleFailed': 'Finished, with failures',
  'transfer.report.titleCancelled': 'Cancelled',
  'transfer.report.created': {
    one: '{count} handler was created in “{account}”.',
    other: '{count} handlers were created in “{account}”.',
  },
  'transfer.report.failed': '{count} could not be created.',
  'transfer.report.skipped': {
    one: '{count} was not started because you cancelled.',
    other: '{count} were not started because you cancelled.',
  },
  'transfer.report.failures': 'Rows that failed',
  'transfer.report.column.reason': 'Why',
  'transfer.report.notDisabled': 'Created, but it could not be switched off: {reason}',
  'transfer.report.retry': 'Retry the failed',
  'transfer.report.resume': 'Carry on with the {count} not started',
  'transfer.report.close': 'Done',

  'pagination.label': 'Pages',
  'pagination.pageSize': 'Per page',
  'pagination.range': '{from}–{to} of {total}',
  'pagination.first': 'First page',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.last': 'Last page',
  'pagination.page': 'Page {page}',
  'pagination.position': 'Page {page} of {pages}',

  'error.unauthorized': 'Your API key is no longer accepted. Sign in again.',
  'error.not-found': 'It was not found on the server: it may have been deleted.',
  'error.rate-limited': {
    one: 'Too many requests for this key. Try again in {count} second.',
    other: 'Too many requests for this key. Try again in {count} seconds.',
  },
  'error.refused': 'The server refused the change.',
  'error.server': 'The server had a problem. Try again in a moment.',
  'error.network': 'The server could not be reached. Check your connection.',
  'error.unreadable': 'The server sent an answer this dashboard cannot read.',
  'error.aborted': 'The request was cancelled.',
  'error.serverSaid': 'The server said: {message}',
  'error.unexpected': 'Something went wrong on this part of the page.',
  'error.retryPart': 'Try again',
  'error.reload': 'Reload the page',

  'form.title.new': 'New handler',
  'form.title.edit': 'Edit handler',
  'form.title.copy': 'Duplicate a handler',
  'form.close': 'Close the form',
  'form.loading': 'Loading the handler…',
  'form.loadFailed': 'The handler could not be loaded.',
  'form.notFound':
    'This handler is not in the account any more: it was probably deleted elsewhere.',
  'form.conflict.title': 'Changed elsewhere while you were editing',
  'form.conflict.body':
    'Nothing was saved. This handler was changed in another tab or by someone else since you opened it. Choose, field by field, what to keep.',
  'form.conflict.table': 'What changed elsewhere',
  'form.conflict.field': 'Field',
  'form.conflict.yours': 'Yours',
  'form.conflict.theirs': 'On the server now',
  'form.conflict.keep': 'Keep',
  'form.conflict.keepField': 'Which {field} to keep',
  'form.conflict.field.name': 'Name',
  'form.conflict.field.type': 'Type',
  'form.conflict.field.target': 'Destination',
  'form.conflict.field.enabled': 'State',
  'form.conflict.choice.yours': 'Yours',
  'form.conflict.choice.theirs': 'The server’s',
  'form.conflict.overwrite': 'Overwrite with mine',
  'form.conflict.merge': 'Save my choices',
  'form.conflict.keepTheirs': 'Keep the server’s',
  'form.conflict.kept': 'Nothing was saved; your values are still in the form.',
  'form.conflict.recreate': 'Create it again with my values',
  'form.conflict.failed':
    'The handler could not be read again to check for changes made elsewhere, so nothing was sent. Your edit is still in the form.',
  'form.showIt': 'Show it',
  'form.showFailed': 'The new handler could not be found in the list',
  'form.backToList': 'Back to the handlers',
  'form.retry': 'Try again',
  'form.name.label': 'Name',
  'form.name.counter': '{count} of {max} characters',
  'form.type.label': 'Type',
  'form.type.placeholder': 'Choose a type',
  'form.type.changeWarning':
    'Some servers lose a handler’s settings when its type changes. After saving, this form checks what the server kept.',
  'form.type.unknown':
    'The dashboard does not know this type: its settings are shown as they are and are never sent back. You can still rename it and switch it on or off.',
  'form.settings.label': 'Settings',
  'form.settings.none': 'No settings',
  'form.settings.emptyKey': '(no key)',
  'form.enabled.label': 'Enabled',
  'form.enabled.pending':
    'Awaiting confirmation: the owner of this address has not confirmed it yet, so Conecto sends nothing to it until then.',
  'form.submit.create': 'Create handler',
  'form.submit.save': 'Save changes',
  'form.cancel': 'Cancel',
  'form.copyName': 'Copy of {name}',
  'form.error.nameRequired': 'Give the handler a name.',
  'form.error.nameInvisible':
    'This name would show as nothing: it holds only spaces, invisible characters (zero-width joiners, direction marks) or HTML tags. Give it letters or digits.',
  'form.error.nameTooLong':
    'At most 128 characters: the server would cut the rest without telling you.',
  'form.error.typeRequired': 'Choose a type.',
  'form.error.targetRequired': 'Fill in where Conecto should send the alerts.',
  'form.error.targetTooLong':
    'At most 512 characters: the server would cut the rest without telling you.',
  'form.error.email': 'Enter a real e-mail address, such as name@example.com.',
  'form.error.url': 'Enter a whole web address that starts with https://.',
  'form.error.https': 'Use an https:// address: alerts must not travel unencrypted.',
  'form.error.phone':
    'Enter the number in international form: + then the country code and number, 8 to 15 digits in all.',
  'form.saveFailed': 'The handler was not saved',
  'form.maybeSaved': 'The change may have been saved anyway: check the table before trying again.',
  'form.refused.planLimit': {
    one: 'Your plan allows {count} {type} handler, and this account already has it.',
    other: 'Your plan allows {count} {type} handlers, and this account already has that many.',
  },
  'form.refused.notInPlan': 'Your plan does not include {type} handlers.',
  'form.report.title': 'Saved, but the server holds something different',
  'form.report.nameCut': 'The server cut the name to {count} characters: “{name}”.',
  'form.report.name': 'The server saved the name as “{name}”.',
  'form.report.typeLost':
    'The server lost the handler’s type and its settings, a known fault of some servers when a type is changed. Create the handler again and delete this one.',
  'form.report.type': 'The server saved the type as {type}.',
  'form.report.targetCut': 'The server cut the {field} to {count} characters.',
  'form.report.target': 'The server holds a different {field} from the one you entered.',
  'form.report.enabled': 'The server shows the handler as {status}.',
  'form.report.unchecked':
    'Saved, but the server’s copy could not be read back, so it was not checked.',
  'form.created': '“{name}” was created.',
  'form.updated': '“{name}” was saved.',
  'form.leave.title': 'Discard your changes?',
  'form.leave.body': 'What you changed in this form has not been saved.',
  'form.leave.stay': 'Keep editing',
  'form.leave.discard': 'Discard changes',
  'type.email.field': 'E-mail address',
  'type.email.hint':
    'Conecto sends each alert to this address. On some sites its owner must confirm it first.',
  'type.webhook.field': 'Webhook URL',
  'type.webhook.hint': 'Conecto sends each alert as an HTTP POST to this https address.',
  'type.slack.field': 'Slack webhook URL',
  'type.slack.hint':
    'In Slack, add an Incoming Webhook to a channel and copy its URL: it starts with https://hooks.slack.com/.',
  'type.slack.error.host': 'A Slack webhook URL starts with https://hooks.slack.com/.',
  'type.microsoft_teams.field': 'Microsoft Teams webhook URL',
  'type.microsoft_teams.hint':
    'In Teams, create a Workflows webhook for the channel (Power Automate) and copy its URL.',
  'type.microsoft_teams.error.host':
    'This is not a Microsoft Teams webhook URL: those are on webhook.office.com or a Power Automate (logic.azure.com, powerplatform.com) address.',
  'type.microsoft_teams.retired':
    'Microsoft has retired the connector URLs on outlook.office.com, so alerts may never arrive. It can be saved, but a Workflows webhook is the one that keeps working.',
  'type.google_chat.field': 'Google Chat webhook URL',
  'type.google_chat.hint':
    'In the Google Chat space, open Apps & integrations → Webhooks and copy the URL: it starts with https://chat.googleapis.com/.',
  'type.google_chat.error.host':
    'A Google Chat webhook URL starts with https://chat.googleapis.com/.',
  'type.discord.field': 'Discord webhook URL',
  'type.discord.hint':
    'In the Discord channel’s settings, open Integrations → Webhooks and copy the webhook’s URL: it looks like https://discord.com/api/webhooks/… with a number and a token.',
  'type.discord.error.host':
    'A Discord webhook URL looks like https://discord.com/api/webhooks/ followed by a number, a slash and a token.',
  'type.telegram.field': 'Bot token',
  'type.telegram.hint':
    'The bot’s token is what @BotFather gave you when you made the bot; add the bot to the chat, group or channel that should get the alerts.',
  'type.telegram.error':
    'A bot token is the bot’s number, a colon and at least 30 letters, digits, - or _, such as 123456789:AAE….',
  'type.telegram_chat_id.field': 'Chat ID',
  'type.telegram_chat_id.error':
    'A chat ID is a number (groups and channels start with -, such as -1001234567890) or a public channel’s @name.',
  'type.twilio.field': 'Phone number for text messages',
  'type.twilio.hint':
    'The number in international form, with + and the country code, such as +989121234567.',
  'type.twilio_call.field': 'Phone number to call',
  'type.twilio_call.hint':
    'The number in international form, with + and the country code, such as +989121234567.',
  'type.whatsapp.field': 'WhatsApp number',
  'type.whatsapp.hint':
    'The number in international form, with + and the country code, such as +989121234567.',
  'type.internal_notification.hint':
    'Alerts appear among the notifications of your Conecto account: there is nothing to fill in.',

  'plan.summary': 'Your plan: {usage}',
  'plan.usage': '{used} of {limit} {type} handlers',
  'plan.full':
    'Your plan allows {limit} {type} handlers and this account has them all. To add one, delete one of them, choose another type, or upgrade your plan on the site.',
  'plan.excluded':
    'Your plan does not include {type} handlers. Choose another type, or upgrade your plan on the site.',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.open': 'Keyboard shortcuts',
  'shortcuts.search': 'Search',
  'shortcuts.new': 'New handler',
  'shortcuts.next': 'Next row',
  'shortcuts.previous': 'Previous row',
  'shortcuts.toggle': 'Enable or disable the focused row',
  'shortcuts.edit': 'Edit the focused row',
  'shortcuts.select': 'Select the focused row',
  'shortcuts.delete': 'Delete the focused row (it can be undone for 8 seconds)',
  'shortcuts.undo': 'Undo the last delete or switch while its notice shows',
  'shortcuts.history': 'Open the recent changes',
  'shortcuts.help': 'Show this list',
  'notFound.title': 'There is no such page',
  'notFound.back': 'Back to the handlers',

  'history.open': 'Recent changes',
  'history.title': 'Recent changes in this tab',
  'history.close': 'Close the recent changes',
  'history.intro':
    'What you changed through the dashboard in this tab, newest first. It is kept for this tab only, and leaves with the account when you sign out.',
  'history.empty': 'Nothing has been changed in this tab yet.',
  'history.action.create': 'Created “{name}”',
  'history.action.copy': 'Created “{name}” as a copy',
  'history.action.edit': 'Edited “{name}”',
  'history.action.enable': 'Enabled “{name}”',
  'history.action.disable': 'Disabled “{name}”',
  'history.action.delete': 'Deleted “{name}”',
  'history.action.import': { one: 'Imported {count} handler', other: 'Imported {count} handlers' },
  'history.action.copy-in': {
    one: 'Copied {count} handler here from another account',
    other: 'Copied {count} handlers here from another account',
  },
  'history.action.bulk-enable': {
    one: 'Enabled {count} handler',
    other: 'Enabled {count} handlers',
  },
  'history.action.bulk-disable': {
    one: 'Disabled {count} handler',
    other: 'Disabled {count} handlers',
  },
  'history.action.bulk-delete': {
    one: 'Deleted {count} handler',
    other: 'Deleted {count} handlers',
  },
  'history.action.restore': { one: 'Restored {count} handler', other: 'Restored {count} handlers' },
  'history.nothing': '(none)',
  'history.change': '{before} → {after}',
  'history.more': { one: '…and {count} more', other: '…and {count} more' },
  'history.restore': 'Restore',
  'history.restoreLabel': 'Restore: {what}',
  'history.recreate.title': {
    one: 'Create the deleted handler again?',
    other: 'Create the {count} deleted handlers again?',
  },
  'history.recreate.body':
    'A handler created again gets a new id. Monitors that used the deleted one must be pointed at the new one again.',
  'history.recreate.confirm': 'Create again',
  'history.restore.cancel': 'Cancel',
  'history.changed.title': '“{name}” was changed since',
  'history.changed.body':
    'It no longer holds what this change left: it was changed in another tab or on the site. Restoring overwrites that change.',
  'history.changed.confirm': 'Overwrite',
  'history.gone': '“{name}” no longer exists, so there is nothing to put back.',
  'history.checkFailed': '“{name}” could not be read to check it first.',
  'history.report.done': { one: '{count} restored.', other: '{count} restored.' },
  'history.report.failed': {
    one: '{count} could not be restored; its entry stays in the list.',
    other: '{count} could not be restored; their entry stays in the list.',
  },
  'history.report.item': '“{name}”: {reason}',
  'history.report.dismiss': 'Close the report',
  'history.export': 'Export the deleted handlers (JSON)',
  'history.dropped.unreadable':
    'The history of recent changes could not be read back and was cleared.',
  'history.dropped.unwritable':
    'The history of recent changes no longer fits in this tab’s storage: it is kept until the page is reloaded.',
} as const

type Message = string | { one: string; other: string }
export type MessageKey = keyof typeof en
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : Message }
