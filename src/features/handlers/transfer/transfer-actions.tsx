// The table toolbar's way in to export, import and copying between accounts. Everything past
// these buttons is loaded when first used.
import { Button, Group } from '@mantine/core'
import { IconChevronDown, IconCopy, IconUpload } from '@tabler/icons-react'
import { lazy, Suspense, useState } from 'react'
import type { Handler } from '../../../api/types'
import { useI18n } from '../../../i18n/i18n'
import { LazyMenu } from '../../../ui/lazy-menu'
import { useAccountApi } from '../../../session/account-api'
import { useAccounts } from '../../../session/accounts-store'
import { ExportMenu, exportScope } from './export-menu'
import type { TransferFlow } from './transfer-dialog'

const CopyToMenu = lazy(() => import('./copy-to-menu'))
const TransferDialog = lazy(() =>
  import('./transfer-dialog').then((module) => ({ default: module.TransferDialog })),
)

interface Props {
  /** The handlers the user selected. */
  selected: Handler[]
  /** Every handler matching the current search and filters; null when none are applied. */
  filtered: Handler[] | null
}

export function TransferActions({ selected, filtered }: Props) {
  const { t } = useI18n()
  const { account } = useAccountApi()
  const { accounts } = useAccounts()
  const [flow, setFlow] = useState<TransferFlow | null>(null)
  const others = accounts.filter((other) => other.id !== account.id)

  return (
    <Group gap="xs" role="group" aria-label={t('transfer.toolbar')}>
      <ExportMenu scope={exportScope(selected, filtered)} />
      <Button
        variant="default"
        leftSection={<IconUpload size={16} aria-hidden />}
        onClick={() => setFlow({ kind: 'import', target: account })}
      >
        {t('transfer.import')}
      </Button>
      {selected.length > 0 && others.length > 0 && (
        <LazyMenu
          trigger={
            <Button
              variant="default"
              leftSection={<IconCopy size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              aria-haspopup="menu"
            >
              {t('transfer.copyTo')}
            </Button>
          }
          menu={(control) => (
            <CopyToMenu
              others={others}
              onPick={(other) => setFlow({ kind: 'copy', target: other, handlers: [...selected] })}
              {...control}
            />
          )}
        />
      )}
      {flow && (
        <Suspense fallback={null}>
          <TransferDialog flow={flow} onClose={() => setFlow(null)} />
        </Suspense>
      )}
    </Group>
  )
}
