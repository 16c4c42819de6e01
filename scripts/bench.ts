// Speed and memory, side by side: a bare retext-english parse of the whole
// document, the same parse paragraph by paragraph, the nearest existing retext
// pipeline, textlint with an unmatched-pair rule, and this library's preset.
// Each measurement runs in a fresh child process so its peak RSS is its own.
//
//   npm run bench                       1, 4, 16 and 64 MB
//   npm run bench -- --sizes 0.05,0.2   other sizes (MB); CI uses a tiny one
//   npm run bench -- --markdown         print the table as Markdown
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus, totalmem} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1,4,16,64'},
    corpus: {type: 'string', default: '../shared/corpus'},
    markdown: {type: 'boolean', default: false},
    // Whole-document parses are superlinear; past this size they take hours.
    'whole-limit': {type: 'string', default: '4'},
    repeats: {type: 'string', default: '1'}
  }
})

const megabyte = 1024 * 1024
const sizes = values.sizes.split(',').map(Number)
const wholeLimit = Number(values['whole-limit'])
const repeats = Math.max(1, Number(values.repeats))
const folder = join('scratch', 'bench')
mkdirSync(folder, {recursive: true})

interface Tool {
  name: string
  /** Largest size (MB) it is run at. */
  limit: number
}

const tools: Tool[] = [
  {name: 'parse-whole', limit: wholeLimit},
  {name: 'parse-paragraphs', limit: Infinity},
  {name: 'retext-pipeline', limit: wholeLimit},
  {name: 'textlint', limit: 0.25},
  {name: 'officialese', limit: Infinity}
]

const descriptions: Record<string, string> = {
  'parse-whole': 'retext-english, whole document',
  'parse-paragraphs': 'retext-english, paragraph by paragraph',
  'retext-pipeline': 'retext-repeated-words + retext-quotes + retext-sentence-spacing',
  textlint: 'textlint + no-unmatched-pair',
  officialese: 'retext-officialese, recommended preset'
}

const rows: string[][] = []
for (const size of sizes) {
  const input = makeInput(size)
  const results = new Map<string, {seconds: number; rss: number}>()
  for (const tool of tools) {
    // textlint is only measured at 250 KB: it is near-quadratic.
    const measuredSize = tool.name === 'textlint' ? Math.min(size, tool.limit) : size
    if (tool.name !== 'textlint' && size > tool.limit) {
      rows.push([descriptions[tool.name]!, `${size}`, 'skipped (superlinear)', '', '', ''])
      continue
    }
    if (tool.name === 'textlint' && sizes.indexOf(size) !== 0) continue
    const path = measuredSize === size ? input : makeInput(measuredSize)
    let best: {seconds: number; rss: number} | undefined
    for (let run = 0; run < repeats; run++) {
      const output = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench-run.ts', tool.name, path],
        {encoding: 'utf8', maxBuffer: 16 * megabyte, stdio: ['ignore', 'pipe', 'inherit']}
      )
      const result = JSON.parse(output.trim().split('\n').at(-1)!) as {seconds: number; rss: number}
      if (!best || result.seconds < best.seconds) best = result
    }
    results.set(tool.name, best!)
    const baseline = results.get('parse-whole') ?? results.get('parse-paragraphs')
    const megabytes = measuredSize
    rows.push([
      descriptions[tool.name]!,
      `${megabytes}`,
      best!.seconds.toFixed(2),
      (megabytes / best!.seconds).toFixed(2),
      baseline && tool.name !== 'textlint' ? (best!.seconds / baseline.seconds).toFixed(2) : '',
      (best!.rss / megabyte).toFixed(0)
    ])
  }
}

const header = ['tool', 'MB', 'seconds', 'MB/s', 'time ÷ bare parse', 'peak RSS (MB)']
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.versions.node}`
if (values.markdown) {
  console.log(`Machine: ${machine}\n`)
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
} else {
  console.log(`machine: ${machine}`)
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]!.length)))
  console.log(header.map((cell, index) => cell.padEnd(widths[index]!)).join('  '))
  for (const row of rows) console.log(row.map((cell, index) => cell.padEnd(widths[index]!)).join('  '))
}

// Real MT output from the corpus, one segment a paragraph, repeated to size.
function makeInput(size: number): string {
  const path = join(folder, `input-${size}MB.txt`)
  if (existsSync(path)) return path
  const corpusFile = join(values.corpus, 'mqm-zhen-dev.jsonl')
  const paragraphs = existsSync(corpusFile)
    ? readFileSync(corpusFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as {target: string}).target)
    : [readFileSync('examples/party-building.txt', 'utf8')]
  const target = Math.round(size * megabyte)
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < target; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!
    parts.push(paragraph)
    length += Buffer.byteLength(paragraph) + 2
  }
  writeFileSync(path, parts.join('\n\n').slice(0, target))
  return path
}
