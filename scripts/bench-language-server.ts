// How fast the language server answers an edit in a long document: a
// 200-page translation (about 3,000 characters a page) edited in one
// paragraph. Measures, in process, a full `checkSync` against the server's
// incremental re-check (parsed paragraphs kept by text, the findings of
// window-local rules kept by window, the other rules run over the whole
// document), the quick check that answers an edit first (window-local rules on
// the edited lines, the other findings moved) with its conversion to LSP
// diagnostics, and, over stdio against the built server, the time from a
// `didChange` to its first diagnostics less the debounce, and to the exact
// ones less the debounce and the idle pause. The target is 50 ms.
//
//   node --expose-gc --import tsx scripts/bench-language-server.ts
//   npx tsx scripts/bench-language-server.ts --pages 50 --server dist/language-server.js
//   npx tsx scripts/bench-language-server.ts --per-rule   also each rule's share of a re-check
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {pathToFileURL} from 'node:url'
import {checkSync} from '../src/check.js'
import {resolveRules} from '../src/options.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DocumentChecker} from '../src/language-server/checker.js'
import {toDiagnostic} from '../src/language-server/diagnostics.js'
import {ParagraphCache} from '../src/language-server/paragraph-cache.js'
import {debounceMs, idleMs} from '../src/language-server/server.js'
import {Editor} from '../tests/lsp-client.js'

const {values} = parseArgs({
  options: {
    pages: {type: 'string', default: '200'},
    'page-size': {type: 'string', default: '3000'},
    edits: {type: 'string', default: '15'},
    corpus: {type: 'string', default: '../shared/corpus/mqm-zhen-dev.jsonl'},
    server: {type: 'string', default: 'dist/language-server.js'},
    'per-rule': {type: 'boolean', default: false}
  }
})

const size = Number(values.pages) * Number(values['page-size'])
const document = makeDocument(size)
const paragraphs = document.split('\n\n')
const editCount = Number(values.edits)
console.log(`document: ${values.pages} pages, ${(document.length / 1000).toFixed(0)} kB, ${paragraphs.length} paragraphs`)

const full = timed(() => checkSync(document))
console.log(`full check (no cache):            ${ms(full.wall)} wall, ${ms(full.cpu)} CPU, ${full.value.messages.length} findings`)

const checker = new DocumentChecker('text', undefined)
const heapBefore = heapUsed()
const opened = timed(() => checker.check(document, {}))
const kept = (heapUsed() - heapBefore) / 1e6
console.log(
  `server, first check (fills cache): ${ms(opened.wall)} wall, ${ms(opened.cpu)} CPU, ${checker.cachedParagraphs} paragraphs and ${checker.cachedWindows} windows' findings kept in about ${kept.toFixed(0)} MB`
)

// Edit one paragraph at a time, in the middle of the document, as a translator
// types. Each edit is also re-checked keeping parses only (no findings kept),
// in turn with the server's checker, so that both meet the same machine load.
const walls: number[] = []
const cpus: number[] = []
const parsesOnlyCpus: number[] = []
const quickCpus: number[] = []
const publishedCpus: number[] = []
let quickSame = true
const parsesOnly = new ParagraphCache()
checkSync(document, {paragraphCache: parsesOnly})
parsesOnly.sweep()
let text = document
for (let edit = 0; edit < editCount; edit++) {
  const before = text
  text = editParagraph(text, Math.floor(paragraphs.length / 2) + edit, edit)
  // As the server answers: the quick check, then its diagnostics in a
  // document updated by the edit (its line table mended, not rebuilt).
  const edited = TextDocument.create('file:///bench.txt', 'plaintext', edit, before)
  edited.positionAt(0)
  const from = firstDifference(before, text)
  const change = {range: {start: edited.positionAt(from), end: edited.positionAt(from)}, text: text.slice(from, from + text.length - before.length)}
  const quick = timed(() => checker.quickCheck(text, {})!)
  TextDocument.update(edited, [change], edit + 1)
  const published = timed(() => quick.value.map((finding) => toDiagnostic(finding.message, edited, finding)))
  quickCpus.push(quick.cpu)
  publishedCpus.push(quick.cpu + published.cpu)
  const run = timed(() => checker.check(text, {}))
  quickSame &&= JSON.stringify(published.value) === JSON.stringify(run.value.messages.map((message) => toDiagnostic(message, edited)))
  walls.push(run.wall)
  cpus.push(run.cpu)
  parsesOnlyCpus.push(timed(() => checkSync(text, {paragraphCache: parsesOnly})).cpu)
  parsesOnly.sweep()
}
console.log(`server, re-check after one edit:  ${ms(median(walls))} wall, ${ms(median(cpus))} CPU (median of ${editCount})`)
console.log(`  the same keeping parses only:    ${ms(median(parsesOnlyCpus))} CPU`)
console.log(`server, quick check after one edit: ${ms(median(quickCpus))} CPU, ${ms(median(publishedCpus))} CPU with its diagnostics (median of ${editCount})`)
console.log(`quick diagnostics identical to the full check's here: ${quickSame}`)
const same = JSON.stringify(checker.check(text, {}).messages) === JSON.stringify(checkSync(text).messages)
console.log(`re-check findings identical to a full check: ${same}`)

// Where a re-check spends its time: each rule alone over the document, its
// paragraphs already parsed (what the cache leaves to do), slowest first.
if (values['per-rule']) {
  const costs: Array<[string, number]> = []
  for (const {rule} of resolveRules({})) {
    const alone = new DocumentChecker('text', undefined)
    const options = {preset: 'none' as const, rules: {[rule.meta.id]: 'warn' as const}}
    alone.check(text, options)
    costs.push([rule.meta.id, timed(() => alone.check(text, options)).cpu])
  }
  const bare = new DocumentChecker('text', undefined)
  bare.check(text, {preset: 'none'})
  console.log(`  no rule at all: ${ms(timed(() => bare.check(text, {preset: 'none'})).cpu)} CPU`)
  for (const [id, cpu] of costs.sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(24)} ${ms(cpu)} CPU`)
}

const server = path.resolve(values.server)
if (existsSync(server)) await overStdio(server)
else console.log(`(no ${values.server}: build the server to time it over stdio)`)

async function overStdio(serverPath: string): Promise<void> {
  const editor = new Editor(serverPath)
  const folder = path.resolve('scratch')
  await editor.initialize(folder)
  const uri = pathToFileURL(path.join(folder, 'bench-200-pages.txt')).href
  await editor.open(uri, 'plaintext', document)
  await editor.diagnostics(uri, (params) => params.version === 1, 120_000)
  const firsts: number[] = []
  const finals: number[] = []
  let current = document
  for (let version = 2; version < 2 + editCount; version++) {
    const before = current
    current = editParagraph(current, Math.floor(paragraphs.length / 2) + version, version)
    const from = firstDifference(before, current)
    const at = positionIn(before, from)
    const started = performance.now()
    // One typed word, sent as an editor sends it: the range it went in.
    await editor.change(uri, version, [{range: {start: at, end: at}, text: current.slice(from, from + current.length - before.length)}])
    await editor.diagnostics(uri, (params) => params.version === version, 120_000)
    firsts.push(performance.now() - started - debounceMs)
    await editor.diagnostics(uri, (params) => params.version === version, 120_000)
    finals.push(performance.now() - started - debounceMs - idleMs)
  }
  await editor.shutdown()
  console.log(`over stdio, edit to first diagnostics less the ${debounceMs} ms debounce: ${ms(median(firsts))} (median of ${editCount})`)
  console.log(`over stdio, edit to exact diagnostics less the debounce and the ${idleMs} ms idle pause: ${ms(median(finals))}`)
}

// Real machine translation (news MT from the corpus) when it is there, else the seed, numbered.
function makeDocument(length: number): string {
  const parts: string[] = []
  let total = 0
  if (existsSync(values.corpus)) {
    const rows = readFileSync(values.corpus, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {target: string; doc: string; system: string})
    for (let round = 0; total < length; round++) {
      for (const row of rows) {
        const paragraph = round === 0 ? row.target : `${row.target} (${round})`
        parts.push(paragraph)
        total += paragraph.length + 2
        if (total >= length) break
      }
    }
  } else {
    const seed = readFileSync('examples/party-building.txt', 'utf8').split(/\n+/)
    for (let index = 0; total < length; index++) {
      const paragraph = `${seed[index % seed.length]} (${index})`
      parts.push(paragraph)
      total += paragraph.length + 2
    }
  }
  return parts.join('\n\n') + '\n'
}

// Insert a word into paragraph `index` (a paragraph starts after a blank line).
function editParagraph(value: string, index: number, round: number): string {
  let at = 0
  for (let count = 0; count < index; count++) {
    const next = value.indexOf('\n\n', at)
    if (next === -1) break
    at = next + 2
  }
  const space = value.indexOf(' ', at)
  return `${value.slice(0, space)} very${round % 2 ? ' very' : ''}${value.slice(space)}`
}

function firstDifference(before: string, after: string): number {
  let at = 0
  while (at < before.length && before.charCodeAt(at) === after.charCodeAt(at)) at++
  return at
}

function positionIn(value: string, offset: number): {line: number; character: number} {
  const lines = value.slice(0, offset).split('\n')
  return {line: lines.length - 1, character: lines.at(-1)!.length}
}

function timed<Value>(run: () => Value): {value: Value; wall: number; cpu: number} {
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const value = run()
  const wall = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  return {value, wall, cpu: (cpu.user + cpu.system) / 1000}
}

// The heap after a full collection when node runs with --expose-gc, else as it stands.
function heapUsed(): number {
  ;(globalThis as {gc?: () => void}).gc?.()
  return process.memoryUsage().heapUsed
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1] ?? 0
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`
}
