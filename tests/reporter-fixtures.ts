import {VFile} from 'vfile'
import {location} from 'vfile-location'

/** A finding to put on a test document, by offsets into its text. */
export interface FindingSpec {
  start: number
  end: number
  ruleId?: string
  reason?: string
  level?: 'error' | 'warning' | 'info'
  category?: string
  expected?: string[]
  autofix?: boolean
  url?: string
}

/** A VFile as the CLI hands it to a reporter: its findings placed in `text`, as the rules place them. */
export function documentWith(path: string, text: string, findings: FindingSpec[]): VFile {
  const file = new VFile({path, value: text})
  const points = location(text)
  for (const spec of findings) {
    const ruleId = spec.ruleId ?? 'repeated-word'
    const message = file.message(spec.reason ?? `Unexpected \`${text.slice(spec.start, spec.end)}\``, {
      place: {start: points.toPoint(spec.start)!, end: points.toPoint(spec.end)!},
      ruleId,
      source: 'retext-officialese'
    })
    message.fatal = spec.level === 'error' ? true : spec.level === 'info' ? undefined : false
    message.actual = text.slice(spec.start, spec.end)
    message.expected = spec.expected ?? []
    message.autofix = spec.autofix ?? false
    message.category = spec.category ?? 'fluency/grammar'
    message.url = spec.url ?? `https://example.org/rules/${ruleId}`
  }
  return file
}

/** A message about the file itself, as the CLI writes for a file it skipped. */
export function noteOn(file: VFile, reason: string, fatal: boolean | undefined): void {
  const message = file.message(reason)
  message.source = 'retext-officialese'
  message.fatal = fatal
}

/** Reporter options over a table of texts; a file missing from it cannot be read. */
export function readerOf(texts: Map<VFile, string>) {
  return {
    show: (file: VFile) => file.path ?? '<stdin>',
    readText: (file: VFile) => texts.get(file),
    tool: {name: 'officialese', version: '9.9.9'}
  }
}
