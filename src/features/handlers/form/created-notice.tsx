import { Button, Group, Text } from '@mantine/core'
import { useI18n } from '../../../i18n/i18n'

/** "… was created." with "Show it": a new handler may land on a page far from the one on screen. */
export function CreatedNotice({ text, onShow }: { text: string; onShow: () => void }) {
  const { t } = useI18n()
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Text size="sm">{text}</Text>
      <Button size="compact-sm" variant="light" onClick={onShow}>
        {t('form.showIt')}
      </Button>
    </Group>
  )
}
