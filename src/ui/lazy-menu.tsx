import {
  cloneElement,
  Suspense,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react'

/** What a lazily loaded menu is handed: its trigger, and whether it is open. */
export interface MenuControl {
  trigger: ReactElement
  opened: boolean
  onChange: (opened: boolean) => void
}

type Trigger = ReactElement<{
  onClick?: (event: MouseEvent<HTMLElement>) => void
  ref?: (element: HTMLElement | null) => void
}>

interface Props {
  /** The menu's button, without an `onClick`: the menu's own target handles clicks once it is made. */
  trigger: Trigger
  /** The menu itself, from a module loaded with `lazy`. */
  menu: (control: MenuControl) => ReactNode
}

/**
 * A menu made the first time it is opened. Mantine's menus bring a positioning library and
 * measure their target when they mount: until the user asks, the button alone is drawn, and the
 * menu's code is not loaded.
 */
export function LazyMenu({ trigger, menu }: Props) {
  // Made once asked for; whether the button had focus then, as a keyboard's Enter leaves it.
  const [made, setMade] = useState<{ focused: boolean } | null>(null)
  const [opened, setOpened] = useState(false)
  const [target, setTarget] = useState<HTMLElement | null>(null)
  if (!made) {
    return cloneElement(trigger, {
      onClick: (event) => setMade({ focused: event.currentTarget === document.activeElement }),
    })
  }
  return (
    <Suspense fallback={trigger}>
      {menu({ trigger: cloneElement(trigger, { ref: setTarget }), opened, onChange: setOpened })}
      <OpenOnce target={target} focus={made.focused} onOpen={() => setOpened(true)} />
    </Suspense>
  )
}

/**
 * Opens the menu once it is made. Its button is a new element: focus moves there first, so
 * that the menu, opened from it, gives focus back to it when it closes.
 */
function OpenOnce(props: { target: HTMLElement | null; focus: boolean; onOpen: () => void }) {
  const { target, focus, onOpen } = props
  const done = useRef(false)
  useEffect(() => {
    if (done.current || !target) return
    done.current = true
    if (focus) target.focus()
    onOpen()
  }, [target, focus, onOpen])
  return null
}
