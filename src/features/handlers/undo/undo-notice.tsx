import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'

interface Undoable {
  /** What was done, e.g. "Deleted “Ops inbox”." */
  text: string
  undoLabel: string
  onUndo: () => void
  /** However the notice goes: the window ended, the user closed it, or took it back. */
  onClose?: () => void
  /** The user is at the notice (pointer or focus), or has left it. */
  onHold?: (paused: boolean) => void
  /** Closes by itself after this long (held while hovered); unset, it stays until hidden. */
  autoClose?: number
}

/** The notices still offering Undo, oldest first: the `z` shortcut takes back the newest. */
const offered = new Map<string, () => void>()

/** Takes back the newest change whose notice still shows; false when there is none. */
export function undoLatest(): boolean {
  const latest = [...offered.values()].at(-1)
  latest?.()
  return latest !== undefined
}

/** A notice of a change with a way to take it back; it stays until its caller hides it. */
export function showUndoable({
  text,
  undoLabel,
  onUndo,
  onClose,
  onHold,
  autoClose,
}: Undoable): string {
  const id = `undo-${crypto.randomUUID()}`
  offered.set(id, onUndo)
  notifications.show({
    id,
    color: 'gray',
    autoClose: autoClose ?? false,
    // Mantine calls it however the notice goes, hidden by its caller included.
    onClose: () => {
      offered.delete(id)
      onClose?.()
    },
    message: (
      <Group
        justify="space-between"
        wrap="nowrap"
        gap="sm"
        onPointerEnter={() => onHold?.(true)}
        onPointerLeave={() => onHold?.(false)}
        onFocus={() => onHold?.(true)}
        onBlur={() => onHold?.(false)}
      >
        {/* A long name with no spaces wraps rather than pushing Undo out of the notice. */}
        <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {text}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={onUndo}
          aria-keyshortcuts="z"
          // A long name wraps; the button keeps its word.
          style={{ flexShrink: 0 }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  })
  return id
}
