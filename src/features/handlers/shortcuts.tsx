import { useHotkeys, type HotkeyItem } from '@mantine/hooks'
import { useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { rowElement } from './row-focus'
import { focusedElement, restoreFocus } from '../../lib/focus-return'
import { openHistory } from './history/drawer-state'
import { undoLatest } from './undo/undo-notice'

export const SEARCH_INPUT_ID = 'handler-search'
export const ROW = 'tr[data-handler-id]'

function focusedRow(): HTMLTableRowElement | null {
  return document.activeElement instanceof Element
    ? document.activeElement.closest<HTMLTableRowElement>(ROW)
    : null
}

function moveFocus(step: 1 | -1) {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>(ROW)]
  if (rows.length === 0) return
  const at = rows.indexOf(focusedRow() as HTMLTableRowElement)
  const next = rows[at < 0 ? (step > 0 ? 0 : rows.length - 1) : at + step]
  next?.focus()
  next?.scrollIntoView({ block: 'nearest' })
}

/** The table's keyboard shortcuts; none fires while typing, or while a dialog or menu is open. */
export function useHandlerShortcuts(openHelp: () => void, deleteRow: (id: number) => void) {
  const navigate = useNavigate()
  const { search } = useLocation()
  const onRow = (act: (row: HTMLTableRowElement) => void) => () => {
    const row = focusedRow()
    if (row) act(row)
  }
  const guard = (handler: () => void) => () => {
    if (document.querySelector('[role="dialog"], [role="menu"]')) return
    handler()
  }
  // Physical keys, so that the shortcuts stay where they are on a Persian keyboard layout; `/`
  // and `?` also by the character, wherever another layout puts them (both firing is harmless).
  const physical = { usePhysicalKeys: true }
  const focusSearch = guard(() => document.getElementById(SEARCH_INPUT_ID)?.focus())
  const hotkeys: HotkeyItem[] = [
    ['slash', focusSearch, physical],
    ['/', focusSearch],
    ['n', guard(() => void navigate({ pathname: '/handlers/new', search })), physical],
    ['j', guard(() => moveFocus(1)), physical],
    ['k', guard(() => moveFocus(-1)), physical],
    [
      'space',
      guard(onRow((row) => row.querySelector<HTMLInputElement>('[role="switch"]')?.click())),
      physical,
    ],
    [
      'e',
      guard(
        onRow(
          (row) => void navigate({ pathname: `/handlers/${row.dataset.handlerId}/edit`, search }),
        ),
      ),
      physical,
    ],
    [
      'x',
      guard(onRow((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click())),
      physical,
    ],
    ['delete', guard(onRow((row) => deleteRow(Number(row.dataset.handlerId)))), physical],
    ['z', guard(() => void undoLatest()), physical],
    ['h', guard(openHistory), physical],
    ['shift+slash', guard(openHelp), physical],
    ['shift+?', guard(openHelp)],
  ]
  useHotkeys(hotkeys)
}

/** The help's state, and the shortcuts that open it and everything else. */
export function useShortcutsHelp(deleteRow: (id: number) => void) {
  const [opened, setOpened] = useState(false)
  // The help's dialog is made (and its code loaded) the first time it is asked for.
  const [made, setMade] = useState(false)
  // Mantine returns focus only to an opener it saw, and a row drawn again since is not it.
  const opener = useRef<number | HTMLElement | null>(null)
  const open = () => {
    const element = focusedElement()
    const row = element?.closest<HTMLElement>(ROW)
    opener.current = row === element && row ? Number(row.dataset.handlerId) : element
    setOpened(true)
    setMade(true)
  }
  const close = () => {
    const at = opener.current
    setOpened(false)
    restoreFocus([typeof at === 'number' ? rowElement(at) : () => at])
  }
  useHandlerShortcuts(open, deleteRow)
  return { opened, made, open, close }
}
