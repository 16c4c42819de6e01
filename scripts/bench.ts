// Speed and memory, side by side: a bare retext-english parse of the whole
// document, the same parse paragraph by paragraph, the nearest existing retext
// pipeline, textlint with an unmatched-pair rule, and this library's preset.
// Each measurement runs in a fresh child process so its peak RSS is its own;
// its first run is reported apart from the later, warm ones.
//
//   npm run bench                       1, 4, 16 and 64 MB
//   npm run bench -- --sizes 0.05,0.2   other sizes (MB); CI uses a tiny one
//   npm run bench -- --markdown         print the table as Markdown
//   npm run bench -- --files 200 --file-kb 50
//                                       the CLI on many files, one thread and two
//   npm run bench -- --sizes 0 --files 1000
//                                       only the many-files case
//   npm run bench -- --sizes 0 --files 0 --many 5000,10000
//                                       many small files (1 KB, `--many-kb`) made in a
//                                       temporary folder: time, peak RSS, and a second
//                                       run with `--cache` over the unchanged files
import {execFile, execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1,4,16,64'},
    corpus: {type: 'string', default: '../shared/corpus'},
    markdown: {type: 'boolean', default: false},
    // Whole-document parses are superlinear; past this size they take hours.
    'whole-limit': {type: 'string', default: '4'},
    repeats: {type: 'string', default: '1'},
    files: {type: 'string', default: '200'},
    'file-kb': {type: 'string', default: '50'},
    many: {type: 'string', default: ''},
    'many-kb': {type: 'string', default: '1'}
  }
})

const megabyte = 1024 * 1024
// `--sizes 0` measures only the many-files case.
const sizes = values.sizes.split(',').map(Number).filter((size) => size > 0)
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
  {name: 'parse-paragraphs', limit: Infinity},
  {name: 'parse-whole', limit: wholeLimit},
  {name: 'retext-pipeline', limit: wholeLimit},
  {name: 'textlint', limit: 0.25},
  {name: 'officialese', limit: Infinity},
  {name: 'officialese-stream', limit: Infinity},
  {name: 'cli-file', limit: Infinity}
]

// The CLI rows run `dist/cli.js` under plain `node` when it is built (see
// bench-cli.mjs); from the sources otherwise (see bench-run).
const builtCli = existsSync(join(process.env.OFFICIALESE_DIST ?? 'dist', 'cli/worker.js'))
const cliJobs: Record<string, string> = {'cli-file': '1', 'cli-jobs-1': '1', 'cli-jobs-2': '2', 'cli-many': '2'}
const descriptions: Record<string, string> = {
  'parse-whole': 'retext-english, whole document',
  'parse-paragraphs': 'retext-english, paragraph by paragraph',
  'retext-pipeline': 'retext-repeated-words + retext-quotes + retext-sentence-spacing',
  textlint: 'textlint + no-unmatched-pair',
  officialese: 'retext-officialese, recommended preset, checkSync',
  'officialese-stream': 'retext-officialese, recommended preset, checkStream (file stream)',
  'cli-file': `officialese CLI${builtCli ? '' : ' (from sources: build it first)'}, one file (streamed from 8 MB)`,
  'cli-jobs-1': `officialese CLI${builtCli ? '' : ' (from sources: build it first)'}, --jobs 1`,
  'cli-jobs-2': `officialese CLI${builtCli ? '' : ' (from sources: build it first)'}, --jobs 2`,
  'cli-halves': 'ceiling: two CLI processes at once, --jobs 1, half the files each',
  'cli-many': `officialese CLI${builtCli ? '' : ' (from sources: build it first)'}, --jobs 2, many small files`,
  'cli-many-cold': 'the same, --cache, first run (writes the cache)',
  'cli-many-warm': 'the same, --cache, second run over unchanged files'
}

const rows: string[][] = []
for (const size of sizes) {
  const input = makeInput(size)
  const results = new Map<string, Measurement>()
  for (const tool of tools) {
    // textlint is only measured at 250 KB: it is near-quadratic.
    const measuredSize = tool.name === 'textlint' ? Math.min(size, tool.limit) : size
    if (tool.name !== 'textlint' && size > tool.limit) {
      rows.push([descriptions[tool.name]!, `${size}`, `skipped above --whole-limit ${wholeLimit} MB: superlinear, hours at this size`, '', '', '', ''])
      continue
    }
    if (tool.name === 'textlint' && sizes.indexOf(size) !== 0) continue
    const path = measuredSize === size ? input : makeInput(measuredSize)
    const best = measure(tool.name, path)
    results.set(tool.name, best)
    const baseline = results.get('parse-paragraphs')
    const megabytes = measuredSize
    rows.push([
      descriptions[tool.name]!,
      `${megabytes}`,
      best.seconds.toFixed(2),
      (megabytes / best.seconds).toFixed(2),
      best.warmSeconds === undefined ? '' : (megabytes / best.warmSeconds).toFixed(2),
      baseline && tool.name !== 'textlint' ? (best.seconds / baseline.seconds).toFixed(2) : '',
      (best.rss / megabyte).toFixed(0)
    ])
  }
}

// Many files: the CLI with one thread, then two; the ratio column is the
// speed-up of two threads over one. The last row is the ceiling two cores
// give this work: two separate processes, each checking half the files.
const fileCount = Number(values.files)
if (fileCount > 0) {
  const folder = makeFiles(fileCount, Number(values['file-kb']))
  const megabytes = Number((fileCount * Number(values['file-kb']) / 1024).toFixed(2))
  const label = `${megabytes} (${fileCount} files × ${values['file-kb']} KB)`
  let one: Measurement | undefined
  for (const name of ['cli-jobs-1', 'cli-jobs-2', 'cli-halves']) {
    const best = name === 'cli-halves' ? await measureHalves(folder) : measure(name, folder)
    one ??= best
    rows.push([
      descriptions[name]!,
      label,
      best.seconds.toFixed(2),
      (megabytes / best.seconds).toFixed(2),
      '',
      name === 'cli-jobs-1' ? '' : `speed-up ${(one.seconds / best.seconds).toFixed(2)}×`,
      (best.rss / megabyte).toFixed(0)
    ])
  }
}

// Many small files: the CLI on each `--many` count of files, then the same
// files twice with `--cache` (the second run finds every file unchanged).
// The ratio column compares each count's time with the first count's (a
// linear run doubles with the files), and the warm cache run with the run
// without a cache.
const manyCounts = values.many.split(',').map(Number).filter((count) => count > 0)
if (manyCounts.length > 0) {
  const kilobytes = Number(values['many-kb'])
  const temporary = mkdtempSync(join(tmpdir(), 'officialese-bench-'))
  try {
    let firstCount: {count: number; seconds: number} | undefined
    for (const count of manyCounts) {
      const folder = makeSmallFiles(join(temporary, `files-${count}`), count, kilobytes)
      const megabytes = Number(((count * kilobytes) / 1024).toFixed(2))
      const label = `${megabytes} (${count} files × ${kilobytes} KB)`
      const plain = measure('cli-many', folder)
      firstCount ??= {count, seconds: plain.seconds}
      const ratio = count === firstCount.count ? '' : `${(plain.seconds / firstCount.seconds).toFixed(2)}× the time of ${firstCount.count}`
      rows.push([descriptions['cli-many']!, label, plain.seconds.toFixed(2), (megabytes / plain.seconds).toFixed(2), '', ratio, (plain.rss / megabyte).toFixed(0)])
      const cacheArgs = ['--cache', '--cache-location', join(temporary, `cache-${count}`)]
      const cold = measure('cli-many', folder, cacheArgs, 1)
      rows.push([descriptions['cli-many-cold']!, label, cold.seconds.toFixed(2), (megabytes / cold.seconds).toFixed(2), '', '', (cold.rss / megabyte).toFixed(0)])
      const warm = measure('cli-many', folder, cacheArgs)
      rows.push([descriptions['cli-many-warm']!, label, warm.seconds.toFixed(2), (megabytes / warm.seconds).toFixed(2), '', `speed-up ${(plain.seconds / warm.seconds).toFixed(2)}×`, (warm.rss / megabyte).toFixed(0)])
    }
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
}

const header = ['tool', 'MB', 'first run (s)', 'MB/s, first run', 'MB/s, warm', 'time ÷ paragraph parse', 'peak RSS (MB)']
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

interface Measurement {
  /** The first run in a fresh process. */
  seconds: number
  /** The median of the later runs in the same process, when there were any. */
  warmSeconds?: number
  rss: number
}

// The fastest of `runs` fresh processes (by their first run).
function measure(tool: string, path: string, extra: string[] = [], runs = repeats): Measurement {
  let best: Measurement | undefined
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(process.execPath, [...benchRun(tool, path), ...extra], {
      encoding: 'utf8',
      maxBuffer: 16 * megabyte,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const result = lastJson(output)
    if (!best || result.seconds < best.seconds) best = result
  }
  return best!
}

// Two processes at once, each running the CLI on half the files: the time of
// the slower, and the larger peak RSS. The fastest of `repeats` such pairs, as
// the rows it is compared with are the fastest of `repeats` runs.
async function measureHalves(folder: string): Promise<Measurement> {
  let best: Measurement | undefined
  for (let run = 0; run < repeats; run++) {
    const halves = await Promise.all(
      ['a', 'b'].map(
        (half) =>
          new Promise<Measurement>((resolve, reject) => {
            execFile(process.execPath, benchRun('cli-jobs-1', join(folder, half)), {encoding: 'utf8', maxBuffer: 16 * megabyte}, (error, stdout) =>
              error ? reject(error) : resolve(lastJson(stdout))
            )
          })
      )
    )
    const pair = {seconds: Math.max(...halves.map((half) => half.seconds)), rss: Math.max(...halves.map((half) => half.rss))}
    if (!best || pair.seconds < best.seconds) best = pair
  }
  return best!
}

function benchRun(tool: string, path: string): string[] {
  if (builtCli && cliJobs[tool]) return ['scripts/bench-cli.mjs', cliJobs[tool], path]
  return ['--import', 'tsx', 'scripts/bench-run.ts', tool, path]
}

function lastJson(output: string): Measurement {
  return JSON.parse(output.trim().split('\n').at(-1)!) as Measurement
}

// `count` documents of about `kilobytes` each, cut at paragraph breaks from
// the generated MT text.
function makeFiles(count: number, kilobytes: number): string {
  const target = join(folder, `files-${count}x${kilobytes}KB-in-halves`)
  if (existsSync(join(target, 'b')) && readdirSync(join(target, 'a')).length + readdirSync(join(target, 'b')).length === count) return target
  mkdirSync(target, {recursive: true})
  const nextDocument = documentsOf(kilobytes)
  for (let index = 0; index < count; index++) {
    const parts = nextDocument()
    const half = join(target, index < count / 2 ? 'a' : 'b')
    mkdirSync(half, {recursive: true})
    writeFileSync(join(half, `document-${String(index).padStart(4, '0')}.txt`), parts.join('\n\n') + '\n')
  }
  return target
}

// Documents of about `kilobytes` each, one after another, cut at paragraph
// breaks from the generated MT text: their paragraphs, in order.
function documentsOf(kilobytes: number): () => string[] {
  const paragraphs = readFileSync(makeInput(1), 'utf8').split('\n\n')
  let next = 0
  return function () {
    const parts: string[] = []
    let length = 0
    while (length < kilobytes * 1024) {
      const paragraph = paragraphs[next++ % paragraphs.length]!
      parts.push(paragraph)
      length += paragraph.length + 2
    }
    return parts
  }
}

// `count` files of about `kilobytes` each in `target`, 500 to a folder, cut
// at paragraph breaks from the generated MT text.
function makeSmallFiles(target: string, count: number, kilobytes: number): string {
  const nextDocument = documentsOf(kilobytes)
  for (let index = 0; index < count; index++) {
    const parts = nextDocument()
    const folder = join(target, `part-${String(Math.floor(index / 500)).padStart(3, '0')}`)
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, `document-${String(index).padStart(5, '0')}.txt`), parts.join('\n\n') + '\n')
  }
  return target
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
