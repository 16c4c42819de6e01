// The bilingual section of `npm run eval`: each rule that reads the Chinese
// source beside the English, run alone and all together, on the human
// reference translations (where a flag is a false alarm unless the reference
// is wrong) and on the WMT23 machine translations, beside a naive check that
// compares the digits of source and target as Translate Toolkit's pofilter
// number test does.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {checkPairsSync, type Pair} from '../src/bilingual/pairs.js'
import {shippedGlossary} from '../src/glossary/index.js'
import type {Segment} from '../src/rule.js'
import {rules} from '../src/index.js'
import type {PrintTable} from './eval-genre.js'

interface BilingualSegment extends Pair {
  /** Where it comes from, for `--show`. */
  label: string
  /** WMT23 MQM: a rater marked an accuracy error somewhere in the segment. */
  accuracyError?: boolean
  /** WMT23 MQM: raters marked an accuracy error on a target span that contains a digit. */
  digitAccuracyError?: boolean
  /** …and that span has a figure (digit run) the human reference of the segment lacks: the figure itself is in doubt. */
  figureAccuracyError?: boolean
}

/** Segments checked together: one document, so that rules reading a whole file see it whole. */
type Group = BilingualSegment[]

interface Dataset {
  name: string
  human: boolean
  groups: Group[]
}

interface SegmentFlag {
  segment: BilingualSegment
  ruleId: string
  reason: string
}

/**
 * The naive check: the ASCII digit runs (`/[0-9]+/g`) of source and target,
 * compared as multisets; any difference flags the segment. Full-width digits
 * and Chinese numerals do not count, and `1,200` is two runs.
 */
export function naiveDigitsDiffer(source: string, target: string): boolean {
  const runs = (text: string) => (text.match(/[0-9]+/g) ?? []).sort().join(' ')
  return runs(source) !== runs(target)
}

/** The figures written in digits, thousands commas dropped (`1,200.5` → `1200.5`). */
function digitFigures(text: string): Set<string> {
  return new Set(text.replace(/(?<=[0-9]),(?=[0-9]{3})/g, '').match(/[0-9]+(?:\.[0-9]+)?/g) ?? [])
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

function groupBy<T>(rows: T[], key: (row: T) => string, segment: (row: T) => BilingualSegment): Group[] {
  const groups = new Map<string, Group>()
  for (const row of rows) {
    const name = key(row)
    let group = groups.get(name)
    if (!group) groups.set(name, (group = []))
    group.push(segment(row))
  }
  return [...groups.values()]
}

function readDatasets(corpus: string): Dataset[] | string {
  const files = {
    mqm: join(corpus, 'mqm-zhen-dev.jsonl'),
    refs: join(corpus, 'refs-zhen-dev.jsonl'),
    newstest: join(corpus, 'refs-newstest2021-zhen-dev.jsonl')
  }
  const absent = Object.values(files).filter((path) => !existsSync(path))
  if (absent.length > 0) return `absent (no ${absent.join(', ')})`

  interface MqmRow {
    system: string
    doc: string
    seg: number
    source: string
    target: string
    errors: Array<{category: string; text: string | null}>
  }
  const mqm = readJsonl<MqmRow>(files.mqm)
  const refs = readJsonl<{doc: string; seg: number; source: string; ref: string}>(files.refs)
  const newstest = readJsonl<{line: number; source: string; ref: string}>(files.newstest)
  const referenceOf = new Map(refs.map((row) => [`${row.doc} ${row.seg}`, row.ref]))
  return [
    {
      name: 'WMT23 news refA',
      human: true,
      groups: groupBy(refs, (row) => row.doc, (row) => ({source: row.source, target: row.ref, label: `refA ${row.doc} s${row.seg}`}))
    },
    {
      name: 'newstest2021 ref-A',
      human: true,
      // No document ids: each line is checked on its own, as in the monolingual section.
      groups: newstest.map((row) => [{source: row.source, target: row.ref, label: `ref-A line ${row.line}`}])
    },
    {
      name: 'WMT23 news MT',
      human: false,
      groups: groupBy(
        mqm,
        (row) => `${row.system} ${row.doc}`,
        (row) => {
          const digitSpans = row.errors
            .filter((error) => error.category.startsWith('Accuracy') && /[0-9]/.test(error.text ?? ''))
            .map((error) => error.text!)
          const reference = digitFigures(referenceOf.get(`${row.doc} ${row.seg}`) ?? '')
          return {
            source: row.source,
            target: row.target,
            label: `${row.system} ${row.doc} s${row.seg}`,
            accuracyError: row.errors.some((error) => error.category.startsWith('Accuracy')),
            digitAccuracyError: digitSpans.length > 0,
            figureAccuracyError: digitSpans.some((span) => [...digitFigures(span)].some((figure) => !reference.has(figure)))
          }
        }
      )
    }
  ]
}

/** Every registered rule whose reader has a `segment` method: the rules that read the source. */
export function bilingualRuleIds(): string[] {
  return Object.entries(rules)
    .filter(([, rule]) => {
      const visitor = rule.create({
        options: rule.meta.defaultOptions,
        format: 'text',
        glossary: shippedGlossary,
        report() {},
        slice: () => ''
      })
      return typeof visitor.segment === 'function'
    })
    .map(([id]) => id)
}

function flagsOf(datasets: Dataset[], ruleIds: string[]): SegmentFlag[] {
  const settings = Object.fromEntries(ruleIds.map((id) => [id, 'warn' as const]))
  const flags: SegmentFlag[] = []
  for (const dataset of datasets) {
    for (const group of dataset.groups) {
      const file = checkPairsSync(group, {preset: 'none', rules: settings})
      const segments = file.data.segments as Segment[]
      for (const message of file.messages) {
        const place = message.place && 'start' in message.place ? message.place : undefined
        const offset = place?.start.offset ?? 0
        const index = segments.findIndex((segment) => offset >= segment.start && offset <= segment.end)
        flags.push({segment: group[Math.max(0, index)]!, ruleId: String(message.ruleId), reason: message.reason})
      }
    }
  }
  return flags
}

function percent(count: number, total: number): string {
  return total > 0 ? `${((count * 100) / total).toFixed(1)}%` : '–'
}

/**
 * Print the bilingual table for the corpus folder `corpus`, or say plainly
 * that its files are absent. With `only`, just those bilingual rules;
 * `show` lists the flags on human references (`refs`) or the MQM digit
 * errors number-parity misses (`missed`).
 */
export function bilingualReport(corpus: string, table: PrintTable, show?: 'refs' | 'missed', only?: string[]): void {
  const datasets = readDatasets(corpus)
  if (typeof datasets === 'string') {
    console.log(`\nBilingual corpus: ${datasets}; the bilingual table is skipped.`)
    return
  }
  const ids = bilingualRuleIds().filter((id) => !only || only.includes(id))
  const segmentsOf = (dataset: Dataset) => dataset.groups.flat()
  const human = datasets.filter((dataset) => dataset.human)
  const machine = datasets.filter((dataset) => !dataset.human).flatMap(segmentsOf)
  const withDigitError = machine.filter((segment) => segment.digitAccuracyError)
  const withFigureError = machine.filter((segment) => segment.figureAccuracyError)
  const headerSets = human.map((dataset) => `${dataset.name} (${segmentsOf(dataset).length})`)
  const humanTotal = human.reduce((sum, dataset) => sum + segmentsOf(dataset).length, 0)

  const row = (name: string, flagged: (segment: BilingualSegment) => boolean, recall: boolean): string[] => {
    const perSet = human.map((dataset) => segmentsOf(dataset).filter(flagged).length)
    const onHuman = perSet.reduce((sum, count) => sum + count, 0)
    const found = withDigitError.filter(flagged).length
    const foundFigure = withFigureError.filter(flagged).length
    const onMachine = machine.filter(flagged)
    const confirmed = onMachine.filter((segment) => segment.accuracyError).length
    return [
      name,
      ...perSet.map((count, index) => `${count} (${percent(count, segmentsOf(human[index]!).length)})`),
      `${onHuman} (${percent(onHuman, humanTotal)})`,
      `${onMachine.length} (${percent(onMachine.length, machine.length)})`,
      onMachine.length > 0 ? `${confirmed} (${percent(confirmed, onMachine.length)})` : '–',
      recall ? `${found} of ${withDigitError.length} (${percent(found, withDigitError.length)})` : '–',
      recall ? `${foundFigure} of ${withFigureError.length} (${percent(foundFigure, withFigureError.length)})` : '–'
    ]
  }

  const rows = [row('naive digit check', (segment) => naiveDigitsDiffer(segment.source, segment.target), true)]
  const flagsByRule = new Map<string, SegmentFlag[]>()
  for (const id of ids) {
    const flags = flagsOf(datasets, [id])
    flagsByRule.set(id, flags)
    const flagged = new Set(flags.map((flag) => flag.segment))
    rows.push(row(id, (segment) => flagged.has(segment), id === 'number-parity'))
  }
  if (ids.length > 1) {
    const together = new Set(flagsOf(datasets, ids).map((flag) => flag.segment))
    rows.push(row('all bilingual rules', (segment) => together.has(segment), true))
  }

  console.log(
    `\nBilingual checks (source beside target; each rule alone with preset none, then all together). ` +
      `Human references: ${humanTotal} segments; WMT23 MT: ${machine.length} segments, ` +
      `${percent(machine.filter((segment) => segment.accuracyError).length, machine.length)} with an MQM accuracy error somewhere, ` +
      `${withDigitError.length} with an MQM accuracy error on a span containing a digit, ` +
      `${withFigureError.length} of them on a span whose figure the human reference lacks.\n`
  )
  table(['check', ...headerSets.map((name) => `${name} flagged`), 'all references flagged', 'MT flagged', 'of them with an MQM accuracy error', 'MQM digit errors found', 'MQM figure errors found'], rows)

  if (show === 'refs') {
    console.log('\nBilingual flags on human references:\n')
    for (const [id, flags] of flagsByRule) {
      for (const flag of flags) {
        if (!human.some((dataset) => segmentsOf(dataset).includes(flag.segment))) continue
        console.log(`${flag.segment.label} ${id}: ${flag.reason}\n    source: ${flag.segment.source}\n    target: ${flag.segment.target}`)
      }
    }
  } else if (show === 'missed') {
    const found = new Set((flagsByRule.get('number-parity') ?? []).map((flag) => flag.segment))
    console.log('\nMQM digit errors number-parity does not flag:\n')
    for (const segment of withDigitError.filter((item) => !found.has(item))) {
      console.log(`${segment.label}\n    source: ${segment.source}\n    target: ${segment.target}`)
    }
  }
}
