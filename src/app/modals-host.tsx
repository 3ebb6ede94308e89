import { ModalsProvider } from '@mantine/modals'
import { useEffect } from 'react'

/** The modals' provider, then the requests to open that came before it was loaded. */
export default function ModalsHost({ early }: { early: CustomEvent[] }) {
  // A child's effects run first: the provider is listening by now.
  useEffect(() => {
    for (const event of early.splice(0)) window.dispatchEvent(new CustomEvent(event.type, event))
  }, [early])
  return <ModalsProvider />
}
