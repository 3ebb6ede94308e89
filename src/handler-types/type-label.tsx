import { useI18n, type I18n } from '../i18n/i18n'
import { handlerTypeIcons, UnknownTypeIcon } from './icons'
import { isKnownType } from './registry'
import classes from './type-label.module.css'

/** A handler type's name; a type the dashboard does not know gives its raw name. */
export function typeLabel(type: string | null, t: I18n['t']): string {
  if (isKnownType(type)) return t(`type.${type}`)
  return type ? t('type.unknown', { type }) : t('type.none')
}

/** A handler type's icon and name. */
export function TypeLabel({ type }: { type: string | null }) {
  const { t } = useI18n()
  const known = isKnownType(type)
  const Icon = known ? handlerTypeIcons[type] : UnknownTypeIcon
  const label = typeLabel(type, t)
  // Plain elements: a table shows this a thousand times.
  return (
    <span className={known ? classes.label : `${classes.label} ${classes.unknown}`}>
      <Icon size={18} aria-hidden stroke={1.6} />
      <span>{label}</span>
    </span>
  )
}
