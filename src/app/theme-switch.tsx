import { ActionIcon, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react'
import { lazy } from 'react'
import { useI18n } from '../i18n/i18n'
import { LazyMenu } from '../ui/lazy-menu'

export const SCHEMES: { value: MantineColorScheme; icon: Icon }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
]

const ThemeMenu = lazy(() => import('./theme-menu'))

export function ThemeSwitch() {
  const { t } = useI18n()
  const { colorScheme } = useMantineColorScheme()
  const current = SCHEMES.find((scheme) => scheme.value === colorScheme) ?? SCHEMES[2]!
  return (
    <LazyMenu
      trigger={
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('theme.label', { theme: t(`theme.${current.value}`) })}
          aria-haspopup="menu"
        >
          <current.icon size={18} aria-hidden />
        </ActionIcon>
      }
      menu={(control) => <ThemeMenu {...control} />}
    />
  )
}
