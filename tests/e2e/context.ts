// What the global setup hands to every spec through Vitest's provide/inject.

export interface DemoKeys {
  /** An account with MAIN_HANDLERS handlers. */
  main: string
  /** An account with 3 handlers. */
  second: string
  /** An account with no handlers. */
  empty: string
  /** An account for specs that create, edit and delete handlers, starting with 2 of them. */
  crud: string
  /** An account with BULK_HANDLERS handlers, for the bulk review spec, which changes them. */
  bulk: string
  /** An account whose names and targets are the hostile corpus (see hostile-corpus.ts). */
  hostile: string
  /** Two accounts of FOCUS_HANDLERS plain webhooks each, for the focus spec, one per language. */
  focusEn: string
  focusFa: string
  /** An account for the undo spec, which deletes a few of its UNDO_HANDLERS handlers. */
  undo: string
}

export const MAIN_HANDLERS = 120
export const BULK_HANDLERS = 1500
export const FOCUS_HANDLERS = 12
export const UNDO_HANDLERS = 12

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
    simUrl: string
    /** The production build the app server serves. */
    distDir: string
    keys: DemoKeys
    /** Where the run's one Chromium takes connections (`chromium.connect`). */
    browserEndpoint: string
  }
}
