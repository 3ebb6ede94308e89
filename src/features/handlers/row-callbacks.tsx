import { Text } from '@mantine/core'
import { useCallback } from 'react'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { openConfirm } from '../../ui/open-confirm'
import type { ViewParams } from './list-params'
import { useDeleteHandler, useToggleHandler } from './mutations'

interface Options {
  /** The page to show once the row deleted was the last of its page; null to stay. */
  previousPage: number | null
  setParams: (next: Partial<ViewParams>) => void
}

/**
 * A row's switch and delete, as stable callbacks: memoised rows render again only when their own
 * handler changes. Delete asks first, naming the handler.
 */
export function useRowActions({ previousPage, setParams }: Options) {
  const { t } = useI18n()
  const { mutate: toggle } = useToggleHandler()
  const { mutate: remove } = useDeleteHandler()
  const onToggle = useCallback(
    (handler: Handler, enabled: boolean) => toggle({ handler, enabled }),
    [toggle],
  )
  const onDelete = useCallback(
    (handler: Handler) =>
      openConfirm({
        title: t('handlers.delete.title'),
        children: <Text size="sm">{t('handlers.delete.body', { name: handler.name })}</Text>,
        labels: { confirm: t('handlers.delete.confirm'), cancel: t('handlers.delete.cancel') },
        confirmProps: { color: 'red.9' },
        onConfirm: () =>
          remove({
            handler,
            onRemoved: previousPage === null ? undefined : () => setParams({ page: previousPage }),
          }),
      }),
    [t, remove, previousPage, setParams],
  )
  return { onToggle, onDelete }
}
