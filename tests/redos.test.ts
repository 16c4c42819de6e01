import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

// recheck runs its bundled native checker when the platform package is
// installed and falls back to pure JavaScript otherwise: nothing is fetched.
process.env.RECHECK_BACKEND ??= 'auto'
const {checkSync} = await import('recheck')
type Diagnostics = ReturnType<typeof checkSync>

/**
 * Every regular expression in `src/` must match in time linear in its input.
 * Literals and `new RegExp('…')` are read from the TypeScript sources; patterns
 * assembled at run time (`new RegExp(\`…${table}…\`)`) are caught as they are
 * built, by loading the library and checking a few documents in every format.
 *
 * A polynomial pattern is accepted only when the line above it says why its
 * input is short: `// redos: <reason>`. An exponential one never is.
 */

interface Pattern {
  /** `file:line` in `src/`. */
  where: string
  source: string
  flags: string
  /** The `// redos:` reason written above it, if any. */
  excuse?: string
}

const srcRoot = resolve('src')

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const sourceLines = new Map<string, string[]>()
function excuseAt(where: string): string | undefined {
  const [file, line] = where.split(':')
  let lines = sourceLines.get(file!)
  if (!lines) sourceLines.set(file!, (lines = readFileSync(file!, 'utf8').split('\n')))
  const index = Number(line) - 1
  for (const candidate of [lines[index], lines[index - 1]]) {
    const excuse = /\/\/ redos: (.+)$/.exec(candidate ?? '')
    if (excuse) return excuse[1]
  }
  return undefined
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text
  return undefined
}

/** Regex literals and `RegExp` calls with literal arguments, from the syntax tree. */
function writtenPatterns(): Pattern[] {
  const patterns: Pattern[] = []
  for (const path of sourceFiles(srcRoot)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) =>
      `${relative('.', path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/')
        patterns.push({where: where(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1)})
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        const source = literalText(pattern)
        if (source !== undefined) patterns.push({where: where(node), source, flags: literalText(flags) ?? ''})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return patterns
}

/** Patterns that `src/` builds with `RegExp` while loading and checking documents. */
async function builtPatterns(): Promise<Pattern[]> {
  const built: Pattern[] = []
  const Original = globalThis.RegExp
  const record = (args: unknown[]) => {
    const [pattern, flags] = args
    const frame = new Error().stack?.split('\n').find((line) => line.includes(srcRoot))
    const place = frame && /(\/[^\s()]+?\.ts):(\d+)/.exec(frame)
    if (!place || typeof pattern !== 'string') return
    built.push({where: `${relative('.', place[1]!)}:${place[2]}`, source: pattern, flags: typeof flags === 'string' ? flags : ''})
  }
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      record(args)
      return Reflect.construct(target, args)
    },
    apply(target, self, args) {
      record(args)
      return Reflect.apply(target, self, args)
    }
  })
  try {
    const library = await import('../src/index.js')
    const samples = [
      'The the Party Central Committee said: “Two to carry forward” ① （一）一、First, 1. Xi Jinping 中国 ，。\n\nSecond line',
      '# Title\n\nThe *Party* `code` “quote” [link](http://example.com)\n',
      '<p>The <b>Party</b> “quote”</p>'
    ]
    for (const [index, format] of (['text', 'markdown', 'html'] as const).entries()) {
      for (const preset of ['recommended', 'publication'] as const) library.fixSync(samples[index]!, {format, preset, apply: 'all'})
    }
  } finally {
    globalThis.RegExp = Original
  }
  return built
}

function unique(patterns: Pattern[]): Pattern[] {
  const seen = new Map<string, Pattern>()
  for (const pattern of patterns) {
    const key = `${pattern.where}\u0000${pattern.source}\u0000${pattern.flags}`
    if (!seen.has(key)) seen.set(key, {...pattern, excuse: excuseAt(pattern.where)})
  }
  return [...seen.values()]
}

/**
 * The pattern with its lookarounds taken out, and their bodies on their own.
 * recheck's automaton checker (exact and fast) does not take lookarounds; a
 * lookaround only prunes the paths of the pattern around it, so the pattern
 * is linear when the rest is and each body is. Character classes and escapes
 * are skipped so that their brackets are not taken for groups.
 */
export function withoutLookarounds(source: string): {rest: string; bodies: string[]} {
  let rest = ''
  const bodies: string[] = []
  let index = 0
  while (index < source.length) {
    const lookaround = /^\(\?<?[=!]/.exec(source.slice(index, index + 4))
    if (!lookaround) {
      const end = skipAtom(source, index)
      rest += source.slice(index, end)
      index = end
      continue
    }
    let depth = 0
    let end = index
    do {
      if (source[end] === '(') depth++
      else if (source[end] === ')') depth--
      end = source[end] === '(' || source[end] === ')' ? end + 1 : skipAtom(source, end)
    } while (depth > 0 && end < source.length)
    const body = withoutLookarounds(source.slice(index + lookaround[0].length, end - 1))
    bodies.push(body.rest, ...body.bodies)
    index = end
  }
  return {rest, bodies}
}

// The end of the escape, character class or single character at `index`.
function skipAtom(source: string, index: number): number {
  if (source[index] === '\\') return index + 2
  if (source[index] !== '[') return index + 1
  let end = index + 1
  while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
  return end + 1
}

type Verdict = {linear: true} | {linear: false; summary: string; exponential: boolean}

const parameters = {timeout: 20_000, randomSeed: 1, maxIteration: 3, maxInitialGenerationSize: 100, maxGenerationSize: 50}

function vulnerability(diagnostics: Diagnostics): Verdict {
  if (diagnostics.status === 'safe') return {linear: true}
  if (diagnostics.status === 'unknown') return {linear: false, summary: `not analysable (${diagnostics.error.kind})`, exponential: false}
  return {
    linear: false,
    summary: `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`,
    exponential: diagnostics.complexity.type === 'exponential'
  }
}

function verdictOf(source: string, rawFlags: string): Verdict {
  // recheck does not know `d` (match indices), which does not change matching.
  const flags = rawFlags.replace('d', '')
  const parts = withoutLookarounds(source)
  for (const part of [parts.rest, ...parts.bodies]) {
    const verdict = vulnerability(checkSync(part, flags, {...parameters, checker: 'automaton'}))
    if (verdict.linear) continue
    // Taking out a leading lookaround loses the pruning it does (a lookbehind
    // that lets a match start only at a word's start), and back-references are
    // beyond the automaton: then ask recheck's seeded fuzzer about the whole
    // pattern. Elsewhere the automaton's verdict is exact.
    if (/^\^?\(\?<?[=!]/.test(source) || verdict.summary.startsWith('not analysable')) {
      const whole = vulnerability(checkSync(source, flags, {...parameters, checker: 'fuzz'}))
      if (whole.linear || verdict.summary.startsWith('not analysable')) return whole
    }
    return verdict
  }
  return {linear: true}
}

// Checking a large pattern takes seconds, so patterns found linear are
// remembered by hash in a file kept with the tests; a changed pattern is
// checked afresh. The file is only written outside CI.
const verdictsPath = 'tests/redos-verdicts.json'
const linearPatterns = new Set<string>(existsSync(verdictsPath) ? (JSON.parse(readFileSync(verdictsPath, 'utf8')) as string[]) : [])
const keyOf = (pattern: Pattern) => createHash('sha256').update(`${pattern.flags}/${pattern.source}`).digest('hex').slice(0, 24)

const patterns = unique([...writtenPatterns(), ...(await builtPatterns())])

describe('regular expressions in src/', () => {
  it('are found, written and built', () => {
    expect(patterns.length).toBeGreaterThan(10)
  })

  it('take the lookarounds out of a pattern and keep the rest', () => {
    expect(withoutLookarounds(String.raw`(?<![\p{L}(])a(?=b(?!c))[(?=]\(?:x)`)).toEqual({
      rest: String.raw`a[(?=]\(?:x)`,
      bodies: [String.raw`[\p{L}(]`, 'b', 'c']
    })
  })

  // A pattern tried at every position of a long paragraph is quadratic as soon
  // as it can match a long run and then fail, so polynomial counts as well.
  it('cannot backtrack catastrophically', () => {
    const failures: string[] = []
    const known = new Set<string>()
    for (const pattern of patterns) {
      const key = keyOf(pattern)
      if (linearPatterns.has(key)) {
        known.add(key)
        continue
      }
      const verdict = verdictOf(pattern.source, pattern.flags)
      if (verdict.linear) {
        known.add(key)
        continue
      }
      if (pattern.excuse && !verdict.exponential) continue
      // A busy machine may run out of time on a huge pattern: say so, but let
      // the verdict wait for a calmer run rather than fail on the clock.
      if (verdict.summary === 'not analysable (timeout)') {
        console.warn(`redos: ${pattern.where} not checked in time`)
        continue
      }
      failures.push(`${pattern.where} /${pattern.source}/${pattern.flags}: ${verdict.summary}`)
    }
    if (!process.env.CI && [...known].some((key) => !linearPatterns.has(key))) {
      writeFileSync(verdictsPath, JSON.stringify([...known].sort(), null, 1) + '\n')
    }
    expect(failures).toEqual([])
  }, 240_000)
})
