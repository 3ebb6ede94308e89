import { Alert, Button, FileButton, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { LOCALES } from '../../../i18n/format'
import { useI18n, type I18n } from '../../../i18n/i18n'
import { MAX_ROWS, readImportFile } from './import-file'
import type { FileProblem, ImportEntry } from './import-types'

function problemText(problem: FileProblem, { t, language }: I18n) {
  const quote = (name: string) => (language === 'fa' ? `«${name}»` : `“${name}”`)
  const columns = problem.columns
    ? new Intl.ListFormat(LOCALES[language]).format(problem.columns.map(quote))
    : undefined
  return t(problem.key, columns ? { ...problem.params, columns } : problem.params)
}

/** Choosing the file, and why it was refused when it was. */
export function FileStep({ onEntries }: { onEntries: (entries: ImportEntry[]) => void }) {
  const i18n = useI18n()
  const { t } = i18n
  const [problem, setProblem] = useState<FileProblem | null>(null)
  const [reading, setReading] = useState(false)
  const reset = useRef<() => void>(null)

  async function read(file: File | null) {
    if (!file) return
    setReading(true)
    const parsed = await readImportFile(file)
    setReading(false)
    // The same file, fixed, may be chosen again.
    reset.current?.()
    if (parsed.ok) onEntries(parsed.entries)
    else setProblem(parsed.problem)
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('transfer.file.intro', { max: MAX_ROWS })}</Text>
      {problem && (
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('transfer.file.problemTitle')}
        >
          <Text size="sm">{problemText(problem, i18n)}</Text>
        </Alert>
      )}
      <FileButton
        onChange={(file) => void read(file)}
        accept=".json,.csv,application/json,text/csv"
        resetRef={reset}
        inputProps={{ 'aria-label': t('transfer.file.label') }}
      >
        {(props) => (
          <Button
            {...props}
            loading={reading}
            leftSection={<IconFileImport size={16} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('transfer.file.choose')}
          </Button>
        )}
      </FileButton>
    </Stack>
  )
}
