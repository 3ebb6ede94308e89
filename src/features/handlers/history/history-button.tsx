import { Box, Button } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useI18n } from '../../../i18n/i18n'
import { openHistory } from './drawer-state'

/** The header's way to the recent changes; `h` on the table opens them too. */
export function HistoryButton() {
  const { t } = useI18n()
  const label = t('history.open')
  // On a phone the header keeps to one line: the icon alone, with the same name.
  return (
    <Button
      variant="default"
      size="sm"
      px="xs"
      leftSection={<IconHistory size={18} aria-hidden />}
      onClick={openHistory}
      aria-label={label}
    >
      <Box component="span" visibleFrom="sm">
        {label}
      </Box>
    </Button>
  )
}
