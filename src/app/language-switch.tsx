import { useId } from 'react'
import type { Language } from '../i18n/format'
import { useI18n } from '../i18n/i18n'
import classes from './language-switch.module.css'

const LANGUAGES: readonly Language[] = ['en', 'fa']

/**
 * Two radio buttons drawn as one segmented control. Mantine's SegmentedControl measures its
 * options to slide its highlight, a layout forced while the first screen is still going in.
 */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n()
  const name = useId()
  return (
    <div role="radiogroup" aria-label={t('language.label')} className={classes.group}>
      {LANGUAGES.map((value) => (
        <label key={value} className={classes.option}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={language === value}
            onChange={() => setLanguage(value)}
            className={classes.input}
          />
          <span lang={value}>{t(`language.${value}`)}</span>
        </label>
      ))}
    </div>
  )
}
