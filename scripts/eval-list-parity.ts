// The list-parity evaluation set: every corpus source whose segment holds a
// numbered list (一是/二是, 一要, 第一，, 首先，/其次，, （一）, 一、, ①, 其一,
// （1）), paired with its human reference translation and, as a second group,
// with the machine translations of the same segment. Each pair is checked as
// it is (the rule should stay quiet when the English keeps every item), and
// once per item with that item deleted from the English (the rule must name
// the lost item). Every segment is checked inside its whole document, so that
// a list continued from an earlier segment is read as the rule reads it.
//
//   npx tsx scripts/eval-list-parity.ts [corpus dir] [--rows]
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {checkPairsSync, type Pair} from '../src/bilingual/pairs.js'
import {advanceState, sourceMarkers, type SourceListState, type SourceMarker} from '../src/util/source-markers.js'

interface CorpusPair extends Pair {
  /** Where it comes from. */
  label: string
  human: boolean
}

/** Pairs of one document (or one newstest2021 block), in order. */
type CorpusDocument = CorpusPair[]

interface ListSegment {
  document: CorpusDocument
  index: number
  markers: SourceMarker[]
}

interface Row {
  label: string
  group: 'reference' | 'machine translation'
  markers: string
  variant: string
  expected: 'quiet' | 'flag'
  result: string
}

// The English list markers, found independently of the rule: ordinals after
// the start, a mark or a conjunction; cardinals before "is"/"to"; "the
// other"; bracketed and circled numerals.
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
const cardinalWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const englishMarker = new RegExp(
  String.raw`(?<=^|[^\p{L}\s]\s*|\b(?:and|or|that|to)\s+)(?:the\s+)?(${ordinalWords.join('|')})(?:ly)?\b` +
    String.raw`|\b(${cardinalWords.join('|')})\s+(?:is|are|to)\b` +
    String.raw`|\b(the other|another|the latter)\b` +
    String.raw`|\((\d{1,2})\)|([\u2460-\u2473])`,
  'giu'
)

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

function documents(corpusDir: string): CorpusDocument[] {
  const groups = new Map<string, CorpusDocument>()
  const add = (key: string, pair: CorpusPair) => {
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    group.push(pair)
  }
  const file = (name: string) => join(corpusDir, name)
  for (const row of readJsonl(file('refs-zhen-dev.jsonl'))) {
    add(`wmt23 ${row['doc']} ref`, {source: String(row['source']), target: String(row['ref']), label: String(row['id']), human: true})
  }
  for (const row of readJsonl(file('refs-newstest2021-zhen-dev.jsonl'))) {
    add(`nt21 ${row['block']} ref`, {source: String(row['source']), target: String(row['ref']), label: String(row['id']), human: true})
  }
  for (const row of readJsonl(file('mqm-scores-newstest2021-zhen-dev.jsonl'))) {
    if (row['human']) continue
    add(`nt21 ${row['block']} ${row['system']}`, {source: String(row['source']), target: String(row['target']), label: String(row['id']), human: false})
  }
  for (const row of readJsonl(file('mqm-zhen-dev.jsonl'))) {
    add(`wmt23 ${row['doc']} ${row['system']}`, {source: String(row['source']), target: String(row['target']), label: String(row['id']), human: false})
  }
  const ted = file('mqm-ted-zhen-dev.jsonl.gz')
  if (existsSync(ted)) {
    for (const line of gunzipSync(readFileSync(ted)).toString('utf8').split('\n')) {
      if (!line) continue
      const row = JSON.parse(line) as Record<string, unknown>
      add(`ted ${row['doc']} ${row['system']}`, {
        source: String(row['source']),
        target: String(row['target']),
        label: String(row['id']),
        human: Boolean(row['human'])
      })
    }
  }
  return [...groups.values()]
}

// The segments whose source holds list markers, read as the rule reads them:
// in order through the document, a list carried over from segment to segment.
function listSegments(document: CorpusDocument): ListSegment[] {
  const found: ListSegment[] = []
  let state: SourceListState = {}
  document.forEach((pair, index) => {
    const markers = sourceMarkers(pair.source, state)
    if (markers.length > 0) found.push({document, index, markers})
    state = advanceState(state, markers)
  })
  return found
}

interface EnglishItem {
  start: number
  end: number
}

// The English item of each source marker, when the English marks exactly as
// many items in the same order: from its marker to the next one, the last
// item to the end of its clause. The separator before a deleted last item
// (", and") goes with it.
function englishItems(target: string, count: number): EnglishItem[] | undefined {
  const markers = [...target.matchAll(englishMarker)].map((match) => match.index)
  if (markers.length !== count) return undefined
  return markers.map((start, index) => {
    if (index + 1 < markers.length) return {start, end: markers[index + 1]!}
    const rest = target.slice(start)
    const clause = /[.;!?"”](?:\s|$)|$/u.exec(rest)!
    const separator = /[,;]?\s*(?:and\s+)?$/u.exec(target.slice(0, start))!
    return {start: start - separator[0].length, end: start + clause.index}
  })
}

function check(document: CorpusDocument, index: number, target: string): string[] {
  const pairs = document.map((pair, at) => (at === index ? {...pair, target} : pair))
  const file = checkPairsSync(pairs, {preset: 'none', rules: {'list-parity': 'warn'}})
  const segment = file.data.segments![index]!
  return file.messages
    .filter((message) => {
      const offset = message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1
      return offset >= segment.start && offset <= segment.end
    })
    .map((message) => message.reason)
}

/**
 * Build the list-parity set from the corpus and run the rule on it: rows
 * (one per intact pair and per dropped-item variant), a header, and a
 * summary of the counts.
 */
export function listParityEvaluation(corpusDir: string): {rows: string[][]; header: string[]; summary: string} {
  const rows: Row[] = []
  const seen = new Set<string>()
  for (const document of documents(corpusDir)) {
    for (const list of listSegments(document)) {
      const pair = document[list.index]!
      const key = `${pair.human}\u0000${pair.source}\u0000${pair.target}`
      if (seen.has(key)) continue
      seen.add(key)
      const group = pair.human ? 'reference' : 'machine translation'
      const markers = list.markers.map((marker) => marker.text).join(' ')
      const intact = check(document, list.index, pair.target)
      rows.push({label: pair.label, group, markers, variant: 'intact', expected: 'quiet', result: intact.join('; ') || 'quiet'})
      const items = englishItems(pair.target, list.markers.length)
      if (!items) continue
      items.forEach((item, at) => {
        const marker = list.markers[at]!
        const dropped = pair.target.slice(0, item.start) + pair.target.slice(item.end)
        const reasons = check(document, list.index, dropped)
        const named = reasons.find((reason) => reason.startsWith(`\`${marker.text}\``))
        rows.push({
          label: pair.label,
          group,
          markers,
          variant: `without ${marker.text}`,
          expected: 'flag',
          result: named ?? (reasons.length > 0 ? `other: ${reasons.join('; ')}` : 'missed')
        })
      })
    }
  }

  const header = ['segment', 'group', 'source markers', 'English', 'expected', 'list-parity']
  const count = (group: Row['group'], expected: Row['expected'], pass?: (row: Row) => boolean) =>
    rows.filter((row) => row.group === group && row.expected === expected && (!pass || pass(row))).length
  const found = (row: Row) => row.result.startsWith('`')
  const quiet = (row: Row) => row.result === 'quiet'
  const lines = (['reference', 'machine translation'] as const).map(
    (group) =>
      `${group}s: ${count(group, 'quiet')} intact pairs, ${count(group, 'quiet', quiet)} not flagged; ` +
      `${count(group, 'flag')} dropped-item variants, ${count(group, 'flag', found)} found with the lost item named ` +
      `(${count(group, 'flag', (row) => row.result.endsWith('has no English item'))} of them as an item lost, the rest as a marker lost)`
  )
  return {
    header,
    rows: rows.map((row) => [row.label, row.group, row.markers, row.variant, row.expected, row.result]),
    summary: lines.join('\n')
  }
}

const invokedAlone = process.argv[1] !== undefined && /eval-list-parity\.[tj]s$/.test(process.argv[1])
if (invokedAlone) {
  const arguments_ = process.argv.slice(2)
  const corpusDir = arguments_.find((argument) => !argument.startsWith('--')) ?? join('..', 'shared', 'corpus')
  if (!existsSync(join(corpusDir, 'refs-newstest2021-zhen-dev.jsonl'))) {
    console.error(`No corpus at ${corpusDir}: give the folder that holds refs-newstest2021-zhen-dev.jsonl`)
    process.exit(1)
  }
  const result = listParityEvaluation(corpusDir)
  if (arguments_.includes('--rows')) {
    console.log(result.header.join('\t'))
    for (const row of result.rows) console.log(row.join('\t'))
  }
  console.log(result.summary)
}
