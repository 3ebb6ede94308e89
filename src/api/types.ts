/** Whether Conecto sends to a handler. `pending` is an e-mail handler awaiting its owner's confirmation. */
export type HandlerStatus = 'enabled' | 'disabled' | 'pending'

/** One notification handler, whichever dialect the server speaks. */
export interface Handler {
  id: number
  name: string
  /** The server's type name; may be one the dashboard does not know, or null on a corrupted handler. */
  type: string | null
  settings: Record<string, string>
  status: HandlerStatus
  /** Milliseconds since the epoch. */
  createdAt: number
  updatedAt: number | null
}

export interface HandlerPage {
  items: Handler[]
  page: number
  perPage: number
  total: number
  totalPages: number
}

export const PAGE_SIZES = [10, 25, 50, 100, 250, 500, 1000] as const
export type PageSize = (typeof PAGE_SIZES)[number]

export interface AccountProfile {
  /** The platform's id of the user the key belongs to, where the server tells it. */
  id: string | null
  name: string
  email: string
  timezone: string | null
  /** Per handler type: how many the plan allows, null when unlimited. */
  limits: Record<string, number | null>
}

/** What a create or update sends: only the fields that are set go on the wire. */
export interface HandlerInput {
  name?: string
  type?: string
  isEnabled?: boolean
  settings?: Record<string, string>
}
