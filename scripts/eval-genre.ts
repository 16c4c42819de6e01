// The genre section of `npm run eval`: recall per artifact class on the
// constructed genre corpus (machine-translated Party and government pages,
// every artifact annotated) and false alarms on its clean official-English
// documents.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {checkSync, type PresetName} from '../src/index.js'

interface GenreDocument {
  id: string
  kind: 'mt' | 'human'
  text: string
}

interface GoldSpan {
  start: number
  end: number
  class: string
  text: string
  /** `publication`: a house convention only, left out of recall. */
  preset?: string
}

interface Gold {
  id: string
  /** Spans of the taxonomy's classes. */
  artifacts: GoldSpan[]
  /** Spans of `x-` kinds the taxonomy lacks. */
  other: GoldSpan[]
}

interface Finding {
  ruleId: string
  start: number
  end: number
  reason: string
}

/** What the section prints its tables with (the caller's plain or Markdown table). */
export type PrintTable = (header: string[], rows: string[][]) => void

// Two classes that credit each other: 【】 and 《》 are both brackets and full-width marks.
const creditedAlike: Record<string, string[]> = {
  'cjk-brackets': ['fullwidth-punctuation'],
  'fullwidth-punctuation': ['cjk-brackets']
}

/**
 * Print the genre tables for the corpus folder `corpus` (its `genre/`
 * subfolder), or say plainly that the genre corpus is absent. With `only`,
 * just those rules' findings count; `show` lists false alarms and misses.
 */
export function genreReport(corpus: string, preset: PresetName, table: PrintTable, show: boolean, only?: string[]): void {
  const folder = join(corpus, 'genre')
  const textsPath = join(folder, 'genre-dev.jsonl')
  const goldPath = join(folder, 'genre-dev-gold.jsonl')
  if (!existsSync(textsPath) || !existsSync(goldPath)) {
    console.log(`\nGenre corpus: absent (no ${textsPath}); the genre tables are skipped.`)
    return
  }
  const documents = readJsonl<GenreDocument>(textsPath)
  const gold = new Map(readJsonl<Gold>(goldPath).map((entry) => [entry.id, entry]))
  const findings = new Map(documents.map((document) => [document.id, findingsOf(document.text, preset, only)]))
  const machine = documents.filter((document) => document.kind === 'mt')
  const clean = documents.filter((document) => document.kind === 'human')

  console.log(
    `\nGenre corpus (constructed Party and government pages): ${machine.length} machine-translated documents, ${wordCount(machine)} words; ${clean.length} clean documents, ${wordCount(clean)} words\n`
  )
  console.log('Recall on annotated artifacts (a class is found when a finding overlaps its span; same rule: the finding is that rule\'s):\n')
  const misses: Array<[string, string, GoldSpan]> = []
  for (const [title, key] of [
    ['taxonomy class', 'artifacts'],
    ['kind the taxonomy lacks', 'other']
  ] as const) {
    const byClass = new Map<string, {total: number; any: number; same: number; finders: Map<string, number>}>()
    for (const document of machine) {
      const found = findings.get(document.id)!
      for (const span of gold.get(document.id)?.[key] ?? []) {
        if (span.preset) continue
        const counts = byClass.get(span.class) ?? {total: 0, any: 0, same: 0, finders: new Map()}
        byClass.set(span.class, counts)
        counts.total++
        const overlapping = found.filter((finding) => overlaps(finding, span))
        if (overlapping.length > 0) counts.any++
        else misses.push([document.id, document.text, span])
        const ruleIds = [span.class, ...(creditedAlike[span.class] ?? [])]
        if (overlapping.some((finding) => ruleIds.includes(finding.ruleId))) counts.same++
        for (const ruleId of new Set(overlapping.map((finding) => finding.ruleId))) {
          counts.finders.set(ruleId, (counts.finders.get(ruleId) ?? 0) + 1)
        }
      }
    }
    // A taxonomy class has a rule of its name; a kind it lacks is found by
    // whichever rules overlap it, named with how many spans each overlaps.
    const taxonomy = key === 'artifacts'
    const rows = [...byClass.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, counts]) => [
        name,
        String(counts.total),
        String(counts.any),
        ratio(counts.any, counts.total),
        taxonomy ? ratio(counts.same, counts.total) : finderList(counts.finders)
      ])
    const total = [...byClass.values()].reduce((sum, counts) => ({total: sum.total + counts.total, any: sum.any + counts.any, same: sum.same + counts.same}), {total: 0, any: 0, same: 0})
    rows.push(['all', String(total.total), String(total.any), ratio(total.any, total.total), taxonomy ? ratio(total.same, total.total) : ''])
    table([title, 'spans', 'found', 'recall', taxonomy ? 'same rule' : 'found by'], rows)
    console.log('')
  }

  // On clean documents a finding is right only where the gold marks something
  // (their few `Source: Xinhua` lines); house-style spans count apart.
  let onGold = 0
  let onHouseStyle = 0
  const falseAlarms: Array<[GenreDocument, Finding]> = []
  let total = 0
  for (const document of clean) {
    const spans = [...(gold.get(document.id)?.artifacts ?? []), ...(gold.get(document.id)?.other ?? [])]
    for (const finding of findings.get(document.id)!) {
      total++
      const hit = spans.filter((span) => overlaps(finding, span))
      if (hit.some((span) => !span.preset)) onGold++
      else if (hit.length > 0) onHouseStyle++
      else falseAlarms.push([document, finding])
    }
  }
  const words = wordCount(clean)
  console.log(
    `Clean documents: ${total} findings (${per10k(total, words)} per 10k words): ${onGold} on an annotated artifact, ${onHouseStyle} on a house-style span only, ${falseAlarms.length} false alarms (${per10k(falseAlarms.length, words)} per 10k words)`
  )
  const byRule = new Map<string, number>()
  for (const [, finding] of falseAlarms) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1)
  if (byRule.size > 0) {
    console.log('')
    table(['rule', 'false alarms on clean documents'], [...byRule.entries()].map(([rule, count]) => [rule, String(count)]))
  }

  if (show) {
    console.log('\nFalse alarms on clean genre documents:\n')
    for (const [document, finding] of falseAlarms) {
      console.log(`${document.id} ${finding.ruleId}: ${finding.reason}\n    ${context(document.text, finding.start, finding.end)}`)
    }
    console.log('\nMissed genre artifacts:\n')
    for (const [id, text, span] of misses) console.log(`${id} ${span.class}: ${context(text, span.start, span.end)}`)
  }
}

function findingsOf(text: string, preset: PresetName, only?: string[]): Finding[] {
  const messages = checkSync(text, {preset}).messages.filter((message) => !only || only.includes(String(message.ruleId)))
  return messages.map((message: VFileMessage) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    // A point finding covers one character, so that it can overlap a span.
    const end = Math.max(place.end.offset, place.start.offset + 1)
    return {ruleId: String(message.ruleId), start: place.start.offset, end, reason: message.reason}
  })
}

function finderList(finders: Map<string, number>): string {
  return [...finders.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([ruleId, count]) => `${ruleId} ${count}`)
    .join(', ')
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

function overlaps(finding: Finding, span: GoldSpan): boolean {
  return finding.start < span.end && span.start < finding.end
}

function wordCount(documents: GenreDocument[]): number {
  return documents.reduce((sum, document) => sum + document.text.split(/\s+/).filter(Boolean).length, 0)
}

function ratio(part: number, whole: number): string {
  return whole > 0 ? (part / whole).toFixed(2) : '–'
}

function per10k(count: number, words: number): string {
  return ((count * 10_000) / Math.max(words, 1)).toFixed(1)
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\n/g, '⏎')
}
