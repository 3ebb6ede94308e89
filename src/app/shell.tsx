import { Anchor, Box, Button, Container, Group, SegmentedControl, Text } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Language } from '../i18n/format'
import { useI18n } from '../i18n/i18n'
import { useAccount } from '../features/accounts/session'
import { useSignOut } from '../features/accounts/use-sign-out'
import classes from './shell.module.css'

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={[
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
        { value: 'fa', label: <span lang="fa">{t('language.fa')}</span> },
      ]}
    />
  )
}

function AccountControls() {
  const { t } = useI18n()
  const account = useAccount()
  const signOut = useSignOut()
  if (!account) return null
  const label = account.kind === 'demo' ? t('account.demo') : account.name
  return (
    <Group gap="sm" wrap="nowrap">
      <Box ta="end">
        {label && (
          <Text size="sm" fw={600} lh={1.2}>
            {label}
          </Text>
        )}
        <Text size="xs" c="dimmed" lh={1.2}>
          {t('account.keyEnding', { last4: account.last4 })}
        </Text>
      </Box>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconLogout size={14} aria-hidden className={classes.mirror} />}
        onClick={() => signOut()}
      >
        {t('account.signOut')}
      </Button>
    </Group>
  )
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  return (
    <>
      <a href="#main" className={classes.skip}>
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <Container size="xl">
          <Group justify="space-between" py="sm" gap="md">
            <Anchor component={Link} to="/handlers" fw={700} c="inherit" underline="never">
              {t('app.title')}
            </Anchor>
            <Group gap="md">
              <LanguageSwitch />
              <AccountControls />
            </Group>
          </Group>
        </Container>
      </header>
      <Container size="xl" py="lg" component="main" id="main">
        {children}
      </Container>
    </>
  )
}
