import type { MessageKey } from '../../../i18n/en'
import { useI18n } from '../../../i18n/i18n'
import { dotBadge } from '../dot-badge'
import classes from '../handlers-table.module.css'
import type { Finding, FindingKind } from './findings'

export const FINDING_COLOR: Record<FindingKind, string> = {
  duplicate: 'violet',
  invalid: 'red',
  retired: 'orange',
  insecure: 'red',
  pending: 'yellow',
  unknownType: 'gray',
}

const HINTS: Record<Exclude<FindingKind, 'invalid'>, MessageKey> = {
  duplicate: 'review.hint.duplicate',
  retired: 'review.hint.retired',
  insecure: 'review.hint.insecure',
  pending: 'review.hint.pending',
  unknownType: 'review.hint.unknownType',
}

/** A row's findings, each a badge that says on hover what is wrong. */
export function FindingBadges({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n()
  if (findings.length === 0) return null
  return (
    <span className={classes.badges}>
      {findings.map((finding) =>
        dotBadge(
          FINDING_COLOR[finding.kind],
          t(
            finding.kind === 'invalid'
              ? (finding.problem ?? 'form.error.url')
              : HINTS[finding.kind],
          ),
          t(`review.finding.${finding.kind}`),
          finding.kind,
        ),
      )}
    </span>
  )
}
