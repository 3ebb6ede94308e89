import { Badge, Table, Text } from '@mantine/core'
import { memo } from 'react'
import type { Handler, HandlerStatus } from '../../api/types'
import { maskTarget } from '../../handler-types/mask'
import { TypeLabel } from '../../handler-types/type-label'
import { formatDateTime, formatRelative } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import classes from './handlers-table.module.css'

const STATUS_COLOR: Record<HandlerStatus, string> = {
  enabled: 'teal',
  disabled: 'gray',
  pending: 'yellow',
}

function Timestamp({ ms, now }: { ms: number; now: number }) {
  const { language } = useI18n()
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatDateTime(ms, language)}>
      {formatRelative(ms, now, language)}
    </time>
  )
}

function Target({ handler }: { handler: Handler }) {
  const { t } = useI18n()
  const target = maskTarget(handler)
  if (target.kind === 'none') {
    return (
      <Text size="sm" c="dimmed" span>
        {t('handlers.target.none')}
      </Text>
    )
  }
  return (
    <Text size="sm" span dir="ltr" className={classes.target}>
      {target.text}
    </Text>
  )
}

export const HandlerRow = memo(function HandlerRow({
  handler,
  now,
}: {
  handler: Handler
  now: number
}) {
  const { t } = useI18n()
  return (
    <Table.Tr>
      <Table.Td className={classes.name} dir="auto">
        {handler.name || (
          <Text c="dimmed" span size="sm">
            {t('handlers.noName')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <TypeLabel type={handler.type} />
      </Table.Td>
      <Table.Td>
        <Target handler={handler} />
      </Table.Td>
      <Table.Td>
        <Badge
          color={STATUS_COLOR[handler.status]}
          variant="light"
          radius="sm"
          tt="none"
          title={handler.status === 'pending' ? t('handlers.status.pendingHint') : undefined}
        >
          {t(`handlers.status.${handler.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td className={classes.time}>
        <Timestamp ms={handler.createdAt} now={now} />
      </Table.Td>
      <Table.Td className={classes.time}>
        {handler.updatedAt === null ? (
          <Text c="dimmed" span size="sm">
            {t('handlers.never')}
          </Text>
        ) : (
          <Timestamp ms={handler.updatedAt} now={now} />
        )}
      </Table.Td>
    </Table.Tr>
  )
})
