// One zod schema per handler type, merged into a discriminated union on `type`. Messages are
// catalogue keys, so the form shows them in the user's language.
import type { Control } from 'react-hook-form'
import { z } from '../../../lib/zod'
import { HANDLER_TYPES, type HandlerType, type TargetInput } from '../../../handler-types/registry'
import { targetInputs } from '../../../handler-types/target'
import { cleanTarget, targetProblem } from '../../../handler-types/target-rules'
import type { MessageKey } from '../../../i18n/en'
import { nameProblem } from '../handler-name'

/**
 * What the form holds while the user types, each setting under its `settings` key. Each type keeps
 * its own, never shared: a type's first field is named after the type.
 */
export interface FormValues {
  name: string
  type: HandlerType | ''
  enabled: boolean
  targets: Partial<Record<string, string>>
}

/** What a valid form gives: cleaned, with only the chosen type's settings. */
export interface ValidValues {
  name: string
  type: HandlerType
  enabled: boolean
  /** The chosen type's settings by key; empty for a type that needs none. */
  settings: Record<string, string>
}

/** What a valid form of a type the dashboard does not know gives. */
export interface RenameValues {
  name: string
  enabled: boolean
}

export type SubmittedValues = ValidValues | RenameValues

export type FormControl = Control<FormValues, unknown, SubmittedValues>

/** The zod schema of one setting; its messages are catalogue keys, shown in the user's language. */
export function targetSchema(input: TargetInput) {
  return z
    .string()
    .optional()
    .transform((value) => cleanTarget(input, value ?? ''))
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
  const fields = targetInputs(type).map((input) => [input.name, targetSchema(input)] as const)
  return z
    .object({
      type: z.literal(type),
      name: nameSchema,
      enabled: z.boolean(),
      targets: z.object(Object.fromEntries(fields)),
    })
    .transform(({ name, enabled, targets }): ValidValues => ({
      name,
      type,
      enabled,
      settings: targets as Record<string, string>,
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
