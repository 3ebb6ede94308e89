import { Menu } from '@mantine/core'
import { IconUsers } from '@tabler/icons-react'
import type { Account } from '../../../session/accounts-store'
import { accountName } from '../../../session/account-name'
import { useI18n } from '../../../i18n/i18n'
import type { MenuControl } from '../../../ui/lazy-menu'

interface Props extends MenuControl {
  /** The accounts the selection can be copied to. */
  others: Account[]
  onPick: (account: Account) => void
}

/** "Copy to": the other signed-in accounts, made the first time the button is pressed. */
export default function CopyToMenu({ others, onPick, trigger, opened, onChange }: Props) {
  const { t } = useI18n()
  return (
    <Menu position="bottom-start" withinPortal opened={opened} onChange={onChange}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        {others.map((other) => (
          <Menu.Item
            key={other.id}
            leftSection={<IconUsers size={16} aria-hidden />}
            onClick={() => onPick(other)}
          >
            {accountName(other, t)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
