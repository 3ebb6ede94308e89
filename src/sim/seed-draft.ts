/** A seeded handler before it gets its id, owner and dates. */
export interface Draft {
  type: string | null
  name: string
  settings: Record<string, string>
  is_enabled?: number
}

/** A corpus: the draft for each position in the account, asked for in order. */
export type DraftAt = (index: number) => Draft
