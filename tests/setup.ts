import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { en } from '../src/i18n/en'
import { fa } from '../src/i18n/fa'
import { registerCatalogue } from '../src/i18n/i18n'

// jsdom lacks what Mantine measures with.
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Element.prototype.scrollIntoView ??= () => {}
}

// Two cores run the whole suite, the browser tests and other work at once: give the screen time
// to settle before failing. A passing wait is over as soon as the screen is.
configure({ asyncUtilTimeout: 15_000 })

afterEach(() => {
  cleanup()
})

// The page loads a catalogue when its language is chosen; tests switch language at will.
registerCatalogue('en', en)
registerCatalogue('fa', fa)
