import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { Component, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'

function RecoveryPanel({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" m="md">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('error.unexpected')}</Text>
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('error.reload')}
        </Button>
      </Stack>
    </Alert>
  )
}

/** Keeps a render error in one part of the screen from blanking the whole page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return <RecoveryPanel onRetry={() => window.location.reload()} />
  }
}
