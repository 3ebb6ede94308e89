import { ActionIcon, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconKeyboard, IconPlus } from '@tabler/icons-react'
import { lazy, Suspense } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { BulkPanel } from './bulk/bulk-panel'
import { LoadError } from './review/list-notices'
import { LoadStatus } from './review/load-status'
import { ReviewArea } from './review/review-area'
import { NEW_HANDLER_ID } from './row-focus'
import { useShortcutsHelp } from './shortcuts'
import { PhoneFoldToggle, usePhoneFold } from './phone-fold'
import foldClasses from './phone-fold.module.css'
import { TableArea } from './table-area'
import { useTableScreen } from './table-screen'
import { useSendPendingOnLeave } from './undo/pending-deletes'

const ShortcutsHelp = lazy(() => import('./shortcuts-help'))

/** One screen per account: switching accounts starts afresh (selection, bulk work). */
export function HandlersPage() {
  const { account } = useAccountApi()
  useSendPendingOnLeave()
  return <HandlersScreen key={account.id} />
}

function HandlersScreen() {
  const screen = useTableScreen()
  const { table, rowActions } = screen
  const help = useShortcutsHelp((id) => {
    const handler = table.kind === 'rows' ? table.rows.find((row) => row.id === id) : undefined
    if (handler) rowActions.onDelete(handler)
  })
  const note = screen.wholeAccountNote
  const tools = usePhoneFold()
  return (
    <Stack gap="md" {...tools.root}>
      <ScreenHeader total={screen.accountTotal} onHelp={help.open} />
      <PhoneFoldToggle fold={tools} />
      <Stack gap="md" {...tools.folded}>
        <ReviewArea screen={screen} />
      </Stack>
      {note.kind === 'loading' && <LoadStatus />}
      {note.kind === 'failed' && <LoadError failure={note.failure} />}
      <BulkPanel bulk={screen.bulk} latest={screen.latest} />
      {screen.refreshFailed && <LoadError failure={screen.refreshFailed} />}
      <TableArea screen={screen} />
      {help.made && (
        <Suspense fallback={null}>
          <ShortcutsHelp opened={help.opened} onClose={help.close} />
        </Suspense>
      )}
      <Outlet />
    </Stack>
  )
}

/** The title, the handlers the account holds, the shortcuts' help and "New handler". */
function ScreenHeader({ total, onHelp }: { total: number | null; onHelp: () => void }) {
  const { t } = useI18n()
  const location = useLocation()
  return (
    <Group justify="space-between" align="baseline">
      <Title order={1} size="h2">
        {t('handlers.title')}
      </Title>
      <Group gap="md">
        <ActionIcon
          variant="default"
          size="lg"
          // Keyboard shortcuts have no keyboard to serve on a touch screen.
          className={foldClasses.keyboardOnly}
          aria-label={t('shortcuts.open')}
          title={t('shortcuts.open')}
          onClick={onHelp}
        >
          <IconKeyboard size={18} aria-hidden />
        </ActionIcon>
        {total !== null && (
          <Text c="dimmed" size="sm">
            {t('handlers.count', { count: total })}
          </Text>
        )}
        <Button
          id={NEW_HANDLER_ID}
          component={Link}
          to={{ pathname: '/handlers/new', search: location.search }}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('handlers.new')}
        </Button>
      </Group>
    </Group>
  )
}
