import { Box, Button, Menu, Text } from '@mantine/core'
import { IconChevronDown, IconLogout, IconPlus } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { accountName } from '../../session/account-name'
import { last4, useAccounts } from '../../session/accounts-store'
import { accountQueries } from '../../session/queries'
import { useSignOut } from './use-sign-out'
import { useSwitchAccount } from './use-switch-account'

/** The header's account switcher: who is signed in, switching, adding and signing out. */
export function AccountMenu() {
  const { t } = useI18n()
  const api = useAccountApi()
  const { accounts } = useAccounts()
  const signOut = useSignOut()
  const switchTo = useSwitchAccount()
  const profile = useQuery(accountQueries(api).profile()).data
  const name = accountName(api.account, t, profile?.name)
  const detail = profile?.email || t('account.keyEnding', { last4: last4(api.account) })

  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('account.switcher', { name })}
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
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.RadioGroup value={api.account.id} onChange={(id) => id && switchTo(id)}>
          {accounts.map((account) => (
            <Menu.RadioItem key={account.id} value={account.id}>
              {accountName(account, t, account.id === api.account.id ? profile?.name : null)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <Menu.Item
          component={Link}
          to="/accounts/add"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('account.add')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut()}>
          {t('account.signOut')}
        </Menu.Item>
        {accounts.length > 1 && (
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => signOut({ all: true })}
          >
            {t('account.signOutAll')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}
