import { Menu } from '@mantine/core'
import { IconLogout, IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { accountName } from '../../session/account-name'
import { useAccounts } from '../../session/accounts-store'
import type { MenuControl } from '../../ui/lazy-menu'
import { useSignOut } from './use-sign-out'
import { useSwitchAccount } from './use-switch-account'

interface Props extends MenuControl {
  /** The signed-in account's name from its profile, once known. */
  profileName: string | null | undefined
}

/** The account menu's items: every account to switch to, adding one, signing out. */
export default function AccountMenuItems({ profileName, trigger, opened, onChange }: Props) {
  const { t } = useI18n()
  const api = useAccountApi()
  const { accounts } = useAccounts()
  const signOut = useSignOut()
  const switchTo = useSwitchAccount()
  return (
    <Menu position="bottom-end" width={280} withinPortal opened={opened} onChange={onChange}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.RadioGroup value={api.account.id} onChange={(id) => id && switchTo(id)}>
          {accounts.map((account) => (
            <Menu.RadioItem key={account.id} value={account.id} closeMenuOnClick>
              {accountName(account, t, account.id === api.account.id ? profileName : null)}
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
