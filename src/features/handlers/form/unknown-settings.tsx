import { Stack, Text, TextInput } from '@mantine/core'
import type { Handler } from '../../../api/types'
import { TypeLabel } from '../../../handler-types/type-label'
import { useI18n } from '../../../i18n/i18n'

/** A type the dashboard does not know: shown as the server has it, never edited or sent back. */
export function UnknownSettings({ handler }: { handler: Handler }) {
  const { t } = useI18n()
  const entries = Object.entries(handler.settings).filter(
    ([key, value]) => key !== '' || value !== '',
  )
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('form.type.label')}
        </Text>
        <TypeLabel type={handler.type} />
      </div>
      <Text size="sm" c="dimmed">
        {t('form.type.unknown')}
      </Text>
      <Text size="sm" fw={500}>
        {t('form.settings.label')}
      </Text>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('form.settings.none')}
        </Text>
      ) : (
        entries.map(([key, value]) => (
          <TextInput
            key={key}
            label={key || t('form.settings.emptyKey')}
            value={value}
            readOnly
            dir="ltr"
          />
        ))
      )}
    </Stack>
  )
}
