import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { Component, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'

function RecoveryPanel({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" m="md">
      <Text size="sm" mb="sm">
        {t('error.unexpected')}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('error.retryPart')}
        </Button>
        <Button size="xs" variant="subtle" color="red" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      </Group>
    </Alert>
  )
}

/** Keeps a render error in one part of the screen from blanking the rest of it. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    // Production builds say nothing of a caught render error unless it is logged here.
    console.error(error)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return <RecoveryPanel onRetry={() => this.setState({ failed: false })} />
  }
}
