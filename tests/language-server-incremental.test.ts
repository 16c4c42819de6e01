import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {checkSync} from '../src/check.js'
import {DocumentChecker} from '../src/language-server/checker.js'
import {FindingCache, windowLocalRules} from '../src/language-server/finding-cache.js'
import {editBetween, moved, type PlacedFinding} from '../src/language-server/moved-findings.js'
import type {Options} from '../src/options.js'
import type {Paragraph} from '../src/paragraph.js'
import type {Finding, Rule, RuleVisitor} from '../src/rule.js'
import {rules} from '../src/rules/index.js'
import {mulberry32} from './fuzz.js'

// The paragraphs documents are made of: every plain-text example of every
// rule (so each rule has something to find), and a few written here that
// feed the rules whose state spans paragraphs.
const material = [
  ...Object.values(rules).flatMap((rule) =>
    rule.meta.examples
      .filter((example) => (example.format ?? 'text') === 'text' && example.source === undefined)
      .flatMap((example) => example.input.split(/\n[ \t]*\n/))
  ),
  'The “deputies” met on the 10th; the representatives voted.',
  'Li Shufeng spoke first, and Li Sufeng spoke after him.',
  'He said: "the work goes on',
  '1. strengthen the Party.\n2. the the masses.\n3) build',
  'the county held a meeting. it was long.  Very  long. ',
  'Xi Jinping, Xi, and the “two  safeguards” , “four consciousnesses”.'
].filter((paragraph) => paragraph.trim() !== '')

function pick<Value>(next: () => number, values: readonly Value[]): Value {
  return values[Math.floor(next() * values.length)]!
}

const separators = ['\n\n', '\n\n', '\n\n', '\n', '\r\n\r\n', '  \n\n', '\n \n']

function makeDocument(next: () => number, paragraphs: number): string {
  let text = pick(next, material)
  for (let index = 1; index < paragraphs; index++) text += pick(next, separators) + pick(next, material)
  return text + (next() < 0.5 ? '\n' : '')
}

/** Paragraph spans (start, end) of `text`, cut on blank lines or single breaks. */
function paragraphsOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const breaks = /[ \t]*(?:\r\n|\n|\r)[ \t\r\n]*/g
  let from = 0
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    if (match.index > from) spans.push([from, match.index])
    from = match.index + match[0].length
  }
  if (from < text.length) spans.push([from, text.length])
  return spans
}

// Edits a translator makes: type or delete inside a paragraph, rewrite,
// insert, delete, split or join paragraphs, change the break between two.
const edits: Array<(text: string, next: () => number) => string> = [
  function typeWord(text, next) {
    const at = Math.floor(next() * (text.length + 1))
    return text.slice(0, at) + pick(next, [' very', ' the', '“', '"', ' ', 'Xi', '.', ' 1.', '\n']) + text.slice(at)
  },
  function deleteSpan(text, next) {
    const at = Math.floor(next() * text.length)
    return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8))
  },
  function rewriteParagraph(text, next) {
    const spans = paragraphsOf(text)
    if (spans.length === 0) return pick(next, material)
    const [start, end] = pick(next, spans)
    return text.slice(0, start) + pick(next, material) + text.slice(end)
  },
  function insertParagraph(text, next) {
    const spans = paragraphsOf(text)
    const at = spans.length === 0 ? 0 : pick(next, spans)[1]
    return text.slice(0, at) + pick(next, separators) + pick(next, material) + text.slice(at)
  },
  function deleteParagraph(text, next) {
    const spans = paragraphsOf(text)
    if (spans.length < 2) return text
    const index = Math.floor(next() * (spans.length - 1))
    return text.slice(0, spans[index]![0]) + text.slice(spans[index + 1]![0])
  },
  function changeBreak(text, next) {
    const spans = paragraphsOf(text)
    if (spans.length < 2) return text
    const index = Math.floor(next() * (spans.length - 1))
    return text.slice(0, spans[index]![1]) + pick(next, [...separators, ' ']) + text.slice(spans[index + 1]![0])
  },
  function duplicateParagraph(text, next) {
    const spans = paragraphsOf(text)
    if (spans.length === 0) return text
    const [start, end] = pick(next, spans)
    return text.slice(0, end) + '\n\n' + text.slice(start, end) + text.slice(end)
  }
]

function summarise(file: VFile): unknown[] {
  return file.messages.map((message) => ({...message, file: undefined, stack: undefined}))
}

/** Edit a generated document again and again; after each edit the checker must find what a fresh check finds. */
function expectSameAsFresh(checker: DocumentChecker, options: Options, seed: number, rounds: number): void {
  const next = mulberry32(seed)
  let text = makeDocument(next, 40 + Math.floor(next() * 40))
  for (let round = 0; round < rounds; round++) {
    const found = summarise(checker.check(text, options))
    const fresh = summarise(checkSync(text, options))
    if (JSON.stringify(found) !== JSON.stringify(fresh)) {
      // The text is in the failure, to be run again by hand.
      expect({seed, round, text, found}).toEqual({seed, round, text, found: fresh})
    }
    const edit = pick(next, edits)
    for (let count = 1 + Math.floor(next() * 3); count > 0; count--) text = edit(text, next)
  }
}

/**
 * Where `id` breaks the promise `windowLocalRules` makes: at each paragraph,
 * the findings of the rule having read the document up to there, against
 * those of the rule started afresh on the paragraph before.
 */
function windowLocalityBreaks(id: string, text: string): string[] {
  const breaks: string[] = []
  const probe = (rule: Rule<object>): Rule<object> => {
    const create: Rule<object>['create'] = (context) => {
      let sink: Finding[] = []
      const whole = rule.create({...context, report: (finding) => sink.push(finding)})
      let before: Paragraph | undefined
      return {
        paragraph(paragraph) {
          sink = []
          whole.paragraph?.(paragraph)
          const continued = sink
          const started: Finding[] = []
          let muted = true
          const fresh: RuleVisitor = rule.create({
            ...context,
            slice: (start, end) => text.slice(start, end),
            report: (finding) => void (muted || started.push(finding))
          })
          if (before) fresh.paragraph?.(before)
          muted = false
          fresh.paragraph?.(paragraph)
          if (JSON.stringify(started) !== JSON.stringify(continued)) {
            const where = `paragraph ${paragraph.index} \`${paragraph.text.slice(0, 60)}\``
            breaks.push(`${where}: ${JSON.stringify(continued)} read on, ${JSON.stringify(started)} afresh`)
          }
          before = paragraph
        }
      }
    }
    return Object.assign((setting?: unknown) => rule(setting as never), {meta: rule.meta, create})
  }
  checkSync(text, {
    preset: 'none',
    rules: {[id]: 'warn'},
    format: 'text',
    adaptRules: (active) => active.map((entry) => ({...entry, rule: probe(entry.rule)}))
  })
  return breaks
}

// Documents where state could cross paragraphs: each example of several
// paragraphs as written, and again with a paragraph put between each two.
const spacedExamples = Object.values(rules).flatMap((rule) =>
  rule.meta.examples
    .filter((example) => (example.format ?? 'text') === 'text' && example.source === undefined)
    .map((example) => example.input.split(/\n[ \t]*\n/))
    .filter((paragraphs) => paragraphs.length > 1)
    .flatMap((paragraphs) => [paragraphs.join('\n\n'), paragraphs.join('\n\nThe meeting went on.\n\n'), paragraphs.join('\n')])
)

const everyRule = Object.fromEntries(Object.keys(rules).map((id) => [id, 'warn' as const]))

describe('incremental re-check', () => {
  it('finds after random edits exactly what a fresh check finds, every rule on', () => {
    const all: Options = {preset: 'none', rules: everyRule}
    for (const seed of [1, 2, 3]) expectSameAsFresh(new DocumentChecker('text', undefined), all, seed, 20)
  })

  it('does so with the default preset and with changed options between checks', () => {
    const checker = new DocumentChecker('text', undefined)
    expectSameAsFresh(checker, {}, 11, 15)
    // Other options for a kept rule must not replay findings made under the old ones.
    expectSameAsFresh(checker, {rules: {'repeated-word': ['warn', {allow: ['the', 'very']}]}}, 11, 10)
    const glossary = {slogans: [{official: 'two safeguards', variants: ['two maintenances']}]}
    expectSameAsFresh(checker, {preset: 'none', rules: everyRule, glossary}, 12, 10)
  })

  for (const id of windowLocalRules) {
    it(`keeps ${id} right alone, wherever the edits fall`, () => {
      expect(rules[id], `${id} is no rule`).toBeDefined()
      const options: Options = {preset: 'none', rules: {[id]: 'warn'}}
      expectSameAsFresh(new DocumentChecker('text', undefined), options, 100 + id.length, 30)
    })

    it(`${id} finds, started afresh on the paragraph before, what it finds having read on`, () => {
      const next = mulberry32(200 + id.length)
      const documents = [
        readFileSync('examples/party-building.txt', 'utf8'),
        ...spacedExamples,
        ...Array.from({length: 6}, () => makeDocument(next, 120))
      ]
      for (const text of documents) expect(windowLocalityBreaks(id, text)).toEqual([])
    })

    it(`${id} reports nothing at the end and reads no segment`, () => {
      const visitor = rules[id]!.create({
        options: rules[id]!.meta.defaultOptions,
        format: 'text',
        slice: () => '',
        report() {}
      })
      expect(visitor.end).toBeUndefined()
      expect(visitor.segment).toBeUndefined()
    })
  }

  it('would be wrong for a rule whose findings span the document: the test can tell', () => {
    // quote-style weighs the quotation marks of the whole document before it
    // reports: kept as if it read no further than a window, it finds otherwise.
    const cache = new FindingCache(new Set(['quote-style']))
    const options = {preset: 'none' as const, rules: {'quote-style': 'warn' as const}, format: 'text' as const}
    const text = 'He said “yes”.\n\nShe said “no”.\n\nThey said "maybe".'
    const kept = checkSync(text, {...options, adaptRules: (active, checked) => cache.wrap(active, checked)})
    const fresh = checkSync(text, options)
    expect(fresh.messages.length).toBeGreaterThan(0)
    expect(summarise(kept)).not.toEqual(summarise(fresh))
  })

  it('keeps findings for the windows of the document and drops those of old text', () => {
    const checker = new DocumentChecker('text', undefined)
    const next = mulberry32(7)
    const text = makeDocument(next, 60)
    checker.check(text, {})
    const windows = checker.cachedWindows
    expect(windows).toBeGreaterThan(0)
    checker.check('Short text.', {})
    checker.check('Short text.', {})
    expect(checker.cachedWindows).toBe(1)
  })
})

/** What a published finding says, where it stands. */
function shownAt(found: PlacedFinding): unknown {
  const {message} = found
  const {ruleId, reason, actual, expected, fatal} = message
  return {ruleId, start: found.start, end: found.end, reason, actual, expected, fatal}
}

function placedOf(file: VFile): PlacedFinding[] {
  return file.messages.map((message) => {
    const place = message.place!
    const start = 'start' in place ? place.start : place
    const end = 'end' in place ? place.end : start
    return {message, start: start.offset!, end: end.offset!}
  })
}

function isLocal(found: PlacedFinding): boolean {
  return windowLocalRules.has(String(found.message.ruleId))
}

/**
 * Edit a generated document again and again and answer each edit first with
 * `quickCheck`, now and then with a full check (as when typing pauses long
 * enough): what the first publication promises must hold after every edit.
 */
function expectQuickChecksHold(checker: DocumentChecker, options: Options, seed: number, rounds: number): void {
  const next = mulberry32(seed)
  let text = makeDocument(next, 40 + Math.floor(next() * 40))
  checker.check(text, options)
  for (let round = 0; round < rounds; round++) {
    const edit = pick(next, edits)
    for (let count = 1 + Math.floor(next() * 3); count > 0; count--) text = edit(text, next)
    const quick = checker.quickCheck(text, options)
    expect(quick, 'a plain-text document checked before can be answered at once').toBeDefined()
    const fresh = placedOf(checkSync(text, options))
    const context = {seed, round, text}
    // Never a finding, and so never a quick fix, for text that is not there.
    const misplaced = quick!.filter((found) => text.slice(found.start, found.end) !== found.message.actual).map(shownAt)
    expect({...context, misplaced}).toEqual({...context, misplaced: []})
    // The window-local rules' findings are already exact.
    const local = quick!.filter(isLocal).map(shownAt)
    expect({...context, local}).toEqual({...context, local: fresh.filter(isLocal).map(shownAt)})
    if (next() < 0.3) {
      // The full check that follows is exactly a fresh one.
      expect(summarise(checker.check(text, options))).toEqual(fresh.map((found) => ({...found.message, file: undefined, stack: undefined})))
    }
  }
}

describe('quick check before the full one', () => {
  it('moves findings to text that holds them, and finds what window-local rules find, after random edits', () => {
    const all: Options = {preset: 'none', rules: everyRule}
    for (const seed of [21, 22, 23]) expectQuickChecksHold(new DocumentChecker('text', undefined), all, seed, 25)
    expectQuickChecksHold(new DocumentChecker('text', undefined), {}, 24, 25)
  })

  it('drops a finding the edit overlaps, which the full check finds again if still true', () => {
    const checker = new DocumentChecker('text', undefined)
    const before = 'Li Shufeng spoke first, and Li Sufeng spoke after him.\n'
    const variant = (found: PlacedFinding) => found.message.ruleId === 'name-variant'
    expect(placedOf(checker.check(before, {})).filter(variant).map((found) => found.message.actual)).toEqual(['Li Sufeng'])
    const after = before.replace('Li Sufeng', 'Li Shufen')
    expect(checker.quickCheck(after, {})!.filter(variant)).toEqual([])
    expect(placedOf(checker.check(after, {})).filter(variant).map((found) => found.message.actual)).toEqual(['Li Shufen'])
  })

  it('finds what window-local rules find across the line break of an edited paragraph, on either side', () => {
    const repeated = (found: PlacedFinding) => found.message.ruleId === 'repeated-word'
    const where = (found: PlacedFinding) => [found.start, found.message.actual]
    // The edit makes a repetition with the paragraph after, then with the one before.
    for (const [before, after] of [
      ['Intro line.\n\nThe meeting was held on a\nthe next day.\n', 'Intro line.\n\nThe meeting was held on the\nthe next day.\n'],
      ['Intro line.\n\nThe meeting was held on the\na next day.\n', 'Intro line.\n\nThe meeting was held on the\nthe next day.\n']
    ]) {
      const checker = new DocumentChecker('text', undefined)
      expect(placedOf(checker.check(before!, {})).filter(repeated)).toEqual([])
      const fresh = placedOf(checkSync(after!, {})).filter(repeated).map(where)
      expect(fresh).toEqual([[37, 'the\nthe ']])
      expect(checker.quickCheck(after!, {})!.filter(repeated).map(where)).toEqual(fresh)
    }
  })

  it('drops an overlapped finding even when its text reads the same, keeps one before and shifts one after', () => {
    const text = 'one two three'
    const finding = (start: number, end: number, actual: string): PlacedFinding =>
      ({message: {actual} as PlacedFinding['message'], start, end}) as PlacedFinding
    // An edit over `w` overlaps the finding even if what it left there reads the same.
    expect(moved(finding(4, 7, 'two'), {from: 5, oldEnd: 6, newEnd: 6}, text)).toBeUndefined()
    expect(moved(finding(0, 3, 'one'), {from: 3, oldEnd: 3, newEnd: 5}, `one, two three`)).toEqual(finding(0, 3, 'one'))
    const shifted = moved(finding(4, 7, 'two'), {from: 3, oldEnd: 3, newEnd: 4}, 'one, two three')
    expect([shifted?.start, shifted?.end]).toEqual([5, 8])
    // Shifted onto other text: dropped.
    expect(moved(finding(4, 7, 'two'), {from: 0, oldEnd: 0, newEnd: 1}, 'xone tw three')).toBeUndefined()
  })

  it('finds the one span where two texts differ', () => {
    expect(editBetween('abc', 'abc')).toBeUndefined()
    expect(editBetween('abcdef', 'abXYdef')).toEqual({from: 2, oldEnd: 3, newEnd: 4})
    expect(editBetween('aaaa', 'aaaaa')).toEqual({from: 4, oldEnd: 4, newEnd: 5})
    expect(editBetween('abc', '')).toEqual({from: 0, oldEnd: 3, newEnd: 0})
  })

  it('leaves Markdown, translation files and changed options to the full check', () => {
    const markdown = new DocumentChecker('markdown', undefined)
    markdown.check('The the end.\n', {})
    expect(markdown.quickCheck('The the end!\n', {})).toBeUndefined()
    const text = new DocumentChecker('text', undefined)
    expect(text.quickCheck('The the end.', {})).toBeUndefined()
    text.check('The the end.', {})
    expect(text.quickCheck('The the end!', {preset: 'none'})).toBeUndefined()
    expect(text.quickCheck('The the end!', {})).toBeDefined()
  })
})
