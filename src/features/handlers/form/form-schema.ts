// One zod schema per handler type, merged into a discriminated union on `type`. Messages are
// catalogue keys, so the form shows them in the user's language.
import type { Control } from 'react-hook-form'
import { z } from 'zod'
import { HANDLER_TYPES, type HandlerType, type TargetInput } from '../../../handler-types/registry'
import { targetInput } from '../../../handler-types/target'
import { targetProblem } from '../../../handler-types/target-rules'
import type { MessageKey } from '../../../i18n/en'
import { nameProblem } from '../handler-name'

/** What the form holds while the user types. Each type keeps its own target, never shared. */
export interface FormValues {
  name: string
  type: HandlerType | ''
  enabled: boolean
  targets: Partial<Record<HandlerType, string>>
}

/** What a valid form gives: trimmed, with only the chosen type's target. */
export interface ValidValues {
  name: string
  type: HandlerType
  enabled: boolean
  /** The chosen type's target, or null for a type that needs none. */
  target: string | null
}

/** What a valid form of a type the dashboard does not know gives. */
export interface RenameValues {
  name: string
  enabled: boolean
}

export type SubmittedValues = ValidValues | RenameValues

export type FormControl = Control<FormValues, unknown, SubmittedValues>

/** The zod schema of one type's target; its messages are catalogue keys, shown in the user's language. */
export function targetSchema(input: TargetInput) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = targetProblem(input, value)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })
}

const issue = (message: MessageKey) => ({ code: 'custom' as const, message })

const nameSchema = z
  .string()
  .trim()
  .superRefine((name, ctx) => {
    const problem = nameProblem(name)
    if (problem) ctx.addIssue(issue(problem))
  })

function variant(type: HandlerType) {
  const input = targetInput(type)
  return z
    .object({
      type: z.literal(type),
      name: nameSchema,
      enabled: z.boolean(),
      targets: input ? z.object({ [type]: targetSchema(input) }) : z.object({}),
    })
    .transform(({ name, enabled, targets }): ValidValues => ({
      name,
      type,
      enabled,
      target: input ? ((targets as Record<string, string>)[type] ?? '') : null,
    }))
}

// Before a type is chosen the name is still checked, so both messages show at once.
const noTypeYet = z.object({
  type: z.literal('').superRefine((_, ctx) => ctx.addIssue(issue('form.error.typeRequired'))),
  name: nameSchema,
})

export const handlerFormSchema = z.discriminatedUnion('type', [
  noTypeYet,
  ...HANDLER_TYPES.map(variant),
])

/** For a type the dashboard does not know: only the name and the switch can change. */
export const renameSchema = z.object({ name: nameSchema, enabled: z.boolean() })
