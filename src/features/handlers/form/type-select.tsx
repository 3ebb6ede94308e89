import { Group, Select, Text } from '@mantine/core'
import { Controller, useFormState } from 'react-hook-form'
import { handlerTypeIcons } from '../../../handler-types/icons'
import { isKnownType } from '../../../handler-types/registry'
import { useI18n, type I18n } from '../../../i18n/i18n'
import { PlanUsageHint } from '../plan-usage'
import { fieldError } from './field-error'
import type { FormValues, FormControl } from './form-schema'
import type { TypeOffer } from './type-offers'

interface Props {
  control: FormControl
  /** The type the handler has on the server, in edit; changing it is risky on some servers. */
  savedType: string | null
  type: FormValues['type']
  /** The types the site and the plan offer, each open, full or excluded. */
  offers: readonly TypeOffer[]
}

function TypeIcon({ type }: { type: string | null }) {
  if (!isKnownType(type)) return null
  const Icon = handlerTypeIcons[type]
  return <Icon size={18} stroke={1.6} aria-hidden />
}

/** Why a type cannot be chosen, said in the list and under the field. */
export function unavailableReason(t: I18n['t'], offer: TypeOffer | undefined): string | null {
  if (offer?.kind === 'full')
    return t('plan.full', { limit: offer.limit, type: t(`type.${offer.type}`) })
  if (offer?.kind === 'excluded') return t('plan.excluded', { type: t(`type.${offer.type}`) })
  return null
}

export function TypeSelect({ control, savedType, type, offers }: Props) {
  const { t } = useI18n()
  const { errors } = useFormState({ control, name: 'type' })
  const byType = new Map(offers.map((offer) => [offer.type as string, offer]))
  // The handler's own type stays choosable: it takes no new place in the plan.
  const shown = isKnownType(savedType) && !byType.has(savedType) ? [savedType] : []
  const data = [...offers.map((offer) => offer.type), ...shown].map((value) => ({
    value,
    label: t(`type.${value}`),
    disabled: value !== savedType && byType.get(value)?.kind !== 'open' && byType.has(value),
  }))
  const reason = unavailableReason(t, type === savedType ? undefined : byType.get(type))
  const retyped = savedType !== null && type !== '' && type !== savedType
  return (
    <div>
      <Controller
        control={control}
        name="type"
        render={({ field }) => (
          <Select
            ref={field.ref}
            name={field.name}
            value={field.value || null}
            onChange={(value) => field.onChange(isKnownType(value) ? value : '')}
            onBlur={field.onBlur}
            data={data}
            label={t('form.type.label')}
            placeholder={t('form.type.placeholder')}
            required
            allowDeselect={false}
            leftSection={<TypeIcon type={field.value || null} />}
            renderOption={({ option }) => {
              const why = option.disabled ? unavailableReason(t, byType.get(option.value)) : null
              return (
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <TypeIcon type={option.value} />
                  <div>
                    <div>{option.label}</div>
                    {why && (
                      <Text size="xs" c="dimmed">
                        {why}
                      </Text>
                    )}
                  </div>
                </Group>
              )
            }}
            error={fieldError(t, errors.type)}
          />
        )}
      />
      {reason ? (
        <Text size="sm" mt={4} c="red.9" role="note">
          {reason}
        </Text>
      ) : (
        type !== '' && (savedType === null || retyped) && <PlanUsageHint type={type} />
      )}
      {retyped && (
        <Text size="sm" c="orange.9" mt={4} role="note">
          {t('form.type.changeWarning')}
        </Text>
      )}
    </div>
  )
}
