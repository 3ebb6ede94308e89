import { Box, Button, Group, Paper, Text } from '@mantine/core'
import { IconListSearch } from '@tabler/icons-react'
import { useId } from 'react'
import { formatNumber } from '../../../i18n/format'
import { useI18n } from '../../../i18n/i18n'
import { FINDING_COLOR } from './finding-badges'
import { FINDING_KINDS, type FindingKind, type FindingsIndex } from './findings'

interface Props {
  findings: FindingsIndex
  /** Handlers in the account. */
  total: number
  /** The finding filter: handlers with any of these. */
  active: readonly FindingKind[]
  /** Changes the filter, from the latest one: presses quicker than the screen all count. */
  onPick: (pick: (active: readonly FindingKind[]) => FindingKind[]) => void
}

/**
 * Before the whole account is loaded: findings such as duplicates need every handler, so they
 * are looked for when asked (or when a search, filter or sort loads the account anyway).
 */
export function FindingsCheck({ total, onCheck }: { total: number; onCheck: (() => void) | null }) {
  const { t } = useI18n()
  const hint = useId()
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconListSearch size={16} aria-hidden />}
        onClick={onCheck ?? undefined}
        loading={!onCheck}
        aria-describedby={hint}
      >
        {t('review.check', { count: total })}
      </Button>
      <Text id={hint} size="xs" c="dimmed" maw={260}>
        {t('review.checkHint')}
      </Text>
    </Group>
  )
}

/** The finding's colour, as on the rows' badges; the text beside it carries the meaning. */
function Dot({ color }: { color: string }) {
  return <Box w={8} h={8} bg={`${color}.6`} style={{ borderRadius: '50%' }} aria-hidden />
}

/**
 * How many handlers have each finding. Each is also a toggle of the finding filter: the table
 * shows the handlers with any of the findings pressed.
 */
export function FindingsSummary({ findings, total, active, onPick }: Props) {
  const { t, language } = useI18n()
  const toggle = (kind: FindingKind) =>
    onPick((latest) =>
      FINDING_KINDS.filter((k) => (k === kind ? !latest.includes(k) : latest.includes(k))),
    )
  const everything = active.length === FINDING_KINDS.length
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={t('review.summary')}>
      {findings.flagged === 0 ? (
        <Text size="sm">{t('review.none', { count: total })}</Text>
      ) : (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('review.flagged', { count: findings.flagged, total })}
          </Text>
          {FINDING_KINDS.map((kind) => (
            <Button
              key={kind}
              size="compact-sm"
              variant={active.includes(kind) ? 'filled' : 'default'}
              disabled={findings.counts[kind] === 0}
              aria-pressed={active.includes(kind)}
              aria-label={t('review.chip', {
                finding: t(`review.finding.${kind}`),
                count: findings.counts[kind],
              })}
              onClick={() => toggle(kind)}
              leftSection={<Dot color={FINDING_COLOR[kind]} />}
              rightSection={
                <Text span size="sm" fw={700}>
                  {formatNumber(findings.counts[kind], language)}
                </Text>
              }
            >
              {t(`review.finding.${kind}`)}
            </Button>
          ))}
          <Button
            size="compact-sm"
            variant={everything ? 'filled' : 'default'}
            aria-pressed={everything}
            onClick={() =>
              onPick((latest) => (latest.length === FINDING_KINDS.length ? [] : [...FINDING_KINDS]))
            }
          >
            {t('review.showAll')}
          </Button>
        </Group>
      )}
    </Paper>
  )
}
