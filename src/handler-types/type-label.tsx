import { Group, Text } from '@mantine/core'
import { useI18n } from '../i18n/i18n'
import { handlerTypeIcons, UnknownTypeIcon } from './icons'
import { isKnownType } from './registry'

/** A handler type's icon and name; a type the dashboard does not know shows its raw name. */
export function TypeLabel({ type }: { type: string | null }) {
  const { t } = useI18n()
  const known = isKnownType(type)
  const Icon = known ? handlerTypeIcons[type] : UnknownTypeIcon
  const label = known ? t(`type.${type}`) : type ? t('type.unknown', { type }) : t('type.none')
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={18} aria-hidden stroke={1.6} />
      <Text size="sm" span fs={known ? undefined : 'italic'}>
        {label}
      </Text>
    </Group>
  )
}
