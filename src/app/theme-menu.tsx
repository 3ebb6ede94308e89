import { Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { useI18n } from '../i18n/i18n'
import type { MenuControl } from '../ui/lazy-menu'
import { SCHEMES } from './theme-switch'

/** The colour schemes to choose from, made the first time the theme button is pressed. */
export default function ThemeMenu({ trigger, opened, onChange }: MenuControl) {
  const { t } = useI18n()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={onChange}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.RadioGroup
          value={colorScheme}
          onChange={(value) => value && setColorScheme(value as MantineColorScheme)}
        >
          {SCHEMES.map(({ value, icon: SchemeIcon }) => (
            <Menu.RadioItem
              key={value}
              value={value}
              rightSection={<SchemeIcon size={16} aria-hidden />}
            >
              {t(`theme.${value}`)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  )
}
