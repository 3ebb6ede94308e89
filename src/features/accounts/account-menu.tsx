import { Box, Button, Text } from '@mantine/core'
import { IconChevronDown } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { lazy } from 'react'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { accountName } from '../../session/account-name'
import { last4 } from '../../session/accounts-store'
import { accountQueries } from '../../session/queries'
import { LazyMenu } from '../../ui/lazy-menu'

const AccountMenuItems = lazy(() => import('./account-menu-items'))

/** The header's account switcher: who is signed in, switching, adding and signing out. */
export function AccountMenu() {
  const { t } = useI18n()
  const api = useAccountApi()
  const profile = useQuery(accountQueries(api).profile()).data
  const name = accountName(api.account, t, profile?.name)
  const detail = profile?.email || t('account.keyEnding', { last4: last4(api.account) })

  return (
    <LazyMenu
      trigger={
        <Button
          variant="subtle"
          color="gray"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('account.switcher', { name })}
          aria-haspopup="menu"
          h="auto"
          py={4}
        >
          <Box ta="start">
            <Text size="sm" fw={600} lh={1.3} c="var(--mantine-color-text)">
              {name}
            </Text>
            {/* A phone's header has room for the name only; the menu still names every account. */}
            <Text size="xs" c="dimmed" lh={1.3} dir="auto" visibleFrom="xs">
              {detail}
            </Text>
          </Box>
        </Button>
      }
      menu={(control) => <AccountMenuItems profileName={profile?.name} {...control} />}
    />
  )
}
