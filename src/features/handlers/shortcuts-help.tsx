import { Kbd, Modal, Table } from '@mantine/core'
import type { MessageKey } from '../../i18n/en'
import { useI18n } from '../../i18n/i18n'

const HELP: [keys: string[], action: MessageKey][] = [
  [['/'], 'shortcuts.search'],
  [['n'], 'shortcuts.new'],
  [['j'], 'shortcuts.next'],
  [['k'], 'shortcuts.previous'],
  [['Space'], 'shortcuts.toggle'],
  [['e'], 'shortcuts.edit'],
  [['x'], 'shortcuts.select'],
  [['Delete'], 'shortcuts.delete'],
  [['z'], 'shortcuts.undo'],
  [['h'], 'shortcuts.history'],
  [['?'], 'shortcuts.help'],
]

export default function ShortcutsHelp({
  opened,
  onClose,
}: {
  opened: boolean
  onClose: () => void
}) {
  const { t } = useI18n()
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
      <Table>
        <Table.Tbody>
          {HELP.map(([keys, action]) => (
            <Table.Tr key={action}>
              <Table.Td>
                {keys.map((key) => (
                  <Kbd key={key}>{key}</Kbd>
                ))}
              </Table.Td>
              <Table.Td>{t(action)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  )
}
