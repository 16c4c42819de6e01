// Measures the rules on the zh→en corpus: flags per 10k words on human
// reference translations (where they should almost never fire) and on machine
// output, the share of MT flags that overlap a human-annotated MQM error, and
// recall on annotated spans of the kinds the library exists for.
//
//   npm run eval -- [corpus dir] [--preset recommended|publication] [--rule ID]…
//                   [--show refs|mt|genre|refs-bilingual|missed-digits] [--markdown]
//
// The genre section (the corpus's `genre/` folder) gives recall per artifact
// class on machine-translated Party and government pages. The bilingual
// section runs the rules that read the Chinese source on source/target pairs.
import {existsSync, readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import type {VFileMessage} from 'vfile-message'
import {checkSync, presets, rules, type PresetName} from '../src/index.js'
import {bilingualReport} from './eval-bilingual.js'
import {genreReport} from './eval-genre.js'

interface Segment {
  text: string
  /** Annotated error spans, as offsets into `text`. */
  spans: Array<{start: number; end: number; text: string; category: string}>
}

interface CorpusDocument {
  name: string
  human: boolean
  /** Whether its errors were annotated as spans (newstest2021 has segment scores only). */
  annotated?: boolean
  segments: Segment[]
}

interface Flag {
  document: CorpusDocument
  segment: number
  start: number
  end: number
  message: VFileMessage
}

const families: Record<string, {test: (text: string) => boolean; rules: string[]}> = {
  'adjacent repetition': {test: () => false, rules: ['repeated-word', 'repeated-ngram']},
  'quote mark': {
    test: (text) => /^[\s"'“”‘’]+$/.test(text) && /["'“”‘’]/.test(text),
    rules: ['quote-unbalanced', 'quote-direction', 'quote-style', 'quote-inner-space']
  },
  'Chinese character or full-width mark': {
    test: (text) => /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E]/u.test(text),
    rules: ['fullwidth-punctuation', 'cjk-brackets', 'cjk-residue', 'whitespace', 'scraped-boilerplate']
  }
}

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    preset: {type: 'string', default: 'recommended'},
    rule: {type: 'string', multiple: true},
    show: {type: 'string'},
    markdown: {type: 'boolean', default: false}
  }
})

const corpus = positionals[0] ?? '../shared/corpus'
if (!existsSync(corpus)) {
  console.error(`eval: no corpus at ${corpus}`)
  process.exit(2)
}

const preset = values.preset as PresetName
const only = values.rule
const unknown = (only ?? []).filter((id) => !Object.hasOwn(rules, id))
if (unknown.length > 0) {
  console.error(`eval: unknown rule ${unknown.join(', ')}`)
  process.exit(2)
}

const documents = [...readReferences(), ...readTranslations(), ...readScoredTranslations()]
const flags = documents.flatMap(checkDocument)
report()
genreReport(corpus, preset, table, values.show === 'genre', only)
bilingualReport(corpus, table, values.show === 'refs-bilingual' ? 'refs' : values.show === 'missed-digits' ? 'missed' : undefined, only)

function readJsonl<T>(name: string): T[] {
  const path = join(corpus, name)
  if (!existsSync(path)) return []
  const bytes = readFileSync(path)
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

// One document per WMT23 doc. newstest2021 has no document ids: its 20-line
// blocks (the split key) run several articles together, so each of its lines
// is checked as a document of its own — no rule sees a false neighbour.
function readReferences(): CorpusDocument[] {
  const byDocument = new Map<string, CorpusDocument>()
  const add = (name: string, seg: number, text: string) => {
    let document = byDocument.get(name)
    if (!document) byDocument.set(name, (document = {name, human: true, segments: []}))
    document.segments[seg] = {text, spans: []}
  }
  for (const row of readJsonl<{doc: string; seg: number; ref: string}>('refs-zhen-dev.jsonl')) {
    add(`refA ${row.doc}`, row.seg, row.ref)
  }
  for (const row of readJsonl<{block: string; line: number; ref: string}>('refs-newstest2021-zhen-dev.jsonl')) {
    add(`ref-A ${row.block} line ${row.line}`, 0, row.ref)
  }
  return compact([...byDocument.values()])
}

// WMT23 news and TED talks, machine and human translations with MQM spans.
function readTranslations(): CorpusDocument[] {
  interface Row {
    system: string
    doc: string
    seg: number
    target: string
    human?: boolean
    errors: Array<{span: [number, number] | null; text: string | null; category: string}>
  }
  const byDocument = new Map<string, CorpusDocument>()
  // TED talks are out of domain (speech), but their annotations add repetitions
  // and their human translations add clean negatives.
  const rows = [...readJsonl<Row>('mqm-zhen-dev.jsonl'), ...readJsonl<Row>('mqm-ted-zhen-dev.jsonl.gz')]
  for (const row of rows) {
    const name = `${row.system} ${row.doc}`
    const human = row.human === true
    let document = byDocument.get(name)
    if (!document) byDocument.set(name, (document = {name, human, annotated: !human, segments: []}))
    const seen = new Set<string>()
    const spans: Segment['spans'] = []
    for (const error of human ? [] : row.errors) {
      if (!error.span || error.text === null) continue
      const key = error.span.join(':')
      if (seen.has(key)) continue
      seen.add(key)
      spans.push({start: error.span[0], end: error.span[1], text: error.text, category: error.category})
    }
    document.segments[row.seg] = {text: row.target, spans}
  }
  return compact([...byDocument.values()])
}

// newstest2021 MT output has segment scores but no spans: it counts towards
// flags per 10k words only. Its human rows duplicate the references.
function readScoredTranslations(): CorpusDocument[] {
  const byDocument = new Map<string, CorpusDocument>()
  const rows = readJsonl<{system: string; human: boolean; block: string; line: number; target: string}>(
    'mqm-scores-newstest2021-zhen-dev.jsonl'
  )
  for (const row of rows) {
    if (row.human) continue
    const name = `${row.system} ${row.block} line ${row.line}`
    let document = byDocument.get(name)
    if (!document) byDocument.set(name, (document = {name, human: false, segments: []}))
    document.segments[0] = {text: row.target, spans: []}
  }
  return compact([...byDocument.values()])
}

function compact(list: CorpusDocument[]): CorpusDocument[] {
  for (const document of list) document.segments = document.segments.filter(Boolean)
  return list
}

function checkDocument(document: CorpusDocument): Flag[] {
  const starts: number[] = []
  let text = ''
  for (const segment of document.segments) {
    if (text) text += '\n\n'
    starts.push(text.length)
    text += segment.text
  }
  // Named rules run with the preset's settings, or on their own when the preset leaves them off.
  const missing = (only ?? []).filter((id) => presets[preset]?.[id] === undefined)
  const file = checkSync(text, {preset, rules: Object.fromEntries(missing.map((id) => [id, 'warn' as const]))})
  if (only) file.messages = file.messages.filter((message) => only.includes(String(message.ruleId)))
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    let segment = starts.length - 1
    while (segment > 0 && starts[segment]! > place.start.offset) segment--
    return {
      document,
      segment,
      start: place.start.offset - starts[segment]!,
      end: place.end.offset - starts[segment]!,
      message
    }
  })
}

function words(list: CorpusDocument[]): number {
  let count = 0
  for (const document of list) {
    for (const segment of document.segments) count += segment.text.split(/\s+/).filter(Boolean).length
  }
  return count
}

function overlaps(flag: Flag, span: {start: number; end: number}): boolean {
  return flag.start < span.end && span.start < flag.end || (flag.start === flag.end && flag.start >= span.start && flag.start <= span.end)
}

function isAdjacentRepetition(segment: Segment, span: Segment['spans'][number]): boolean {
  const phrase = span.text.trim().toLowerCase()
  if (!/\p{L}/u.test(phrase)) return false
  const lower = segment.text.toLowerCase()
  const halves = phrase.split(/\s+/)
  if (halves.length % 2 === 0) {
    const half = halves.length / 2
    if (halves.slice(0, half).join(' ') === halves.slice(half).join(' ')) return true
  }
  const after = lower.slice(span.end).replace(/^[\s,]+/, '')
  const before = lower.slice(0, span.start).replace(/[\s,]+$/, '')
  const bounded = (value: string, at: 'start' | 'end') =>
    at === 'start'
      ? value.startsWith(phrase) && !/\p{L}/u.test(value.charAt(phrase.length))
      : value.endsWith(phrase) && !/\p{L}/u.test(value.charAt(value.length - phrase.length - 1))
  return bounded(after, 'start') || bounded(before, 'end')
}

function report(): void {
  const references = documents.filter((document) => document.human)
  const machine = documents.filter((document) => !document.human)
  const referenceWords = words(references)
  const machineWords = words(machine)
  const ruleIds = only ?? Object.keys(rules)
  const per10k = (count: number, total: number) => ((count * 10_000) / Math.max(total, 1)).toFixed(1)

  const rows: string[][] = []
  let totalReference = 0
  let totalMachine = 0
  let totalOverlap = 0
  let totalAnnotated = 0
  for (const id of ruleIds) {
    const ofRule = flags.filter((flag) => flag.message.ruleId === id)
    const onReferences = ofRule.filter((flag) => flag.document.human).length
    const onMachine = ofRule.filter((flag) => !flag.document.human)
    const onAnnotated = onMachine.filter((flag) => flag.document.annotated)
    const overlapping = onAnnotated.filter((flag) =>
      flag.document.segments[flag.segment]!.spans.some((span) => overlaps(flag, span))
    ).length
    totalReference += onReferences
    totalMachine += onMachine.length
    totalOverlap += overlapping
    totalAnnotated += onAnnotated.length
    rows.push([
      id,
      String(onReferences),
      per10k(onReferences, referenceWords),
      String(onMachine.length),
      per10k(onMachine.length, machineWords),
      onAnnotated.length > 0 ? (overlapping / onAnnotated.length).toFixed(2) : '–'
    ])
  }
  rows.push([
    'all rules',
    String(totalReference),
    per10k(totalReference, referenceWords),
    String(totalMachine),
    per10k(totalMachine, machineWords),
    totalAnnotated > 0 ? (totalOverlap / totalAnnotated).toFixed(2) : '–'
  ])

  console.log(
    `preset ${preset}${only ? `, rules ${only.join(', ')}` : ''}; human references: ${references.length} documents, ${referenceWords} words; MT: ${machine.length} documents, ${machineWords} words\n`
  )
  table(['rule', 'refs', 'refs /10k', 'MT', 'MT /10k', 'MT flags on an MQM span'], rows)

  // The same references by set.
  const sets: Array<[string, (document: CorpusDocument) => boolean]> = [
    ['WMT23 news refA', (document) => document.name.startsWith('refA ')],
    ['newstest2021 ref-A (one document per line)', (document) => document.name.startsWith('ref-A ')],
    ['TED human translations', (document) => document.human && !document.name.startsWith('refA ') && !document.name.startsWith('ref-A ')]
  ]
  const setRows = sets.map(([name, test]) => {
    const chosen = references.filter(test)
    const count = flags.filter((flag) => flag.document.human && test(flag.document)).length
    const total = words(chosen)
    return [name, String(chosen.length), String(total), String(count), per10k(count, total)]
  })
  console.log('\nHuman references by set:\n')
  table(['set', 'documents', 'words', 'flags', 'per 10k'], setRows)

  const recallRows: string[][] = []
  for (const [name, family] of Object.entries(families)) {
    let total = 0
    let found = 0
    for (const document of machine) {
      document.segments.forEach((segment, index) => {
        for (const span of segment.spans) {
          const matches = name === 'adjacent repetition' ? isAdjacentRepetition(segment, span) : family.test(span.text)
          if (!matches) continue
          total++
          const hit = flags.some(
            (flag) =>
              flag.document === document &&
              flag.segment === index &&
              family.rules.includes(String(flag.message.ruleId)) &&
              overlaps(flag, span)
          )
          if (hit) found++
        }
      })
    }
    recallRows.push([name, String(total), String(found), total > 0 ? (found / total).toFixed(2) : '–'])
  }
  console.log('\nRecall on annotated MQM spans (distinct spans, any rater):\n')
  table(['span kind', 'spans', 'found', 'recall'], recallRows)

  if (values.show === 'refs' || values.show === 'mt') {
    const human = values.show === 'refs'
    console.log(`\nFlags on ${human ? 'human references' : 'MT output'}:\n`)
    for (const flag of flags.filter((item) => item.document.human === human)) {
      const text = flag.document.segments[flag.segment]!.text
      const context = `${text.slice(Math.max(0, flag.start - 40), flag.start)}[${text.slice(flag.start, flag.end)}]${text.slice(flag.end, flag.end + 40)}`
      console.log(`${flag.document.name} s${flag.segment + 1} ${flag.message.ruleId}: ${flag.message.reason}\n    ${context.replace(/\n/g, '⏎')}`)
    }
  }
}

function table(header: string[], rows: string[][]): void {
  if (values.markdown) {
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`)
    for (const row of rows) console.log(`| ${row.join(' | ')} |`)
    return
  }
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]!.length)))
  const line = (row: string[]) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ')
  console.log(line(header))
  for (const row of rows) console.log(line(row))
}
