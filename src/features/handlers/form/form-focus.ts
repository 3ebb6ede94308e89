import { createContext } from 'react'
import type { FocusTarget } from '../../../lib/focus-return'

/** Tells the drawer where focus goes once the form has closed after a save: the saved row. */
export const FormFocusContext = createContext<(target: FocusTarget) => void>(() => {})
