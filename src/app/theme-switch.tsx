import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react'
import { useI18n } from '../i18n/i18n'

const SCHEMES: { value: MantineColorScheme; icon: Icon }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
]

export function ThemeSwitch() {
  const { t } = useI18n()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const current = SCHEMES.find((scheme) => scheme.value === colorScheme) ?? SCHEMES[2]!
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('theme.label', { theme: t(`theme.${current.value}`) })}
        >
          <current.icon size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
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
