import {spawn, spawnSync} from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest'
import {markSpecialFiles} from '../src/cli/content.js'
import {main} from '../src/cli/run.js'
import {writeAtomic} from '../src/cli/write.js'
import {ConfigurationError, loadConfiguration} from '../src/config-files.js'
import {check, checkSync, fix, fixSync} from '../src/index.js'

// Renames fail on request, to test `writeAtomic` where root could write anything.
const renameFault = vi.hoisted(() => ({error: undefined as NodeJS.ErrnoException | undefined}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...original,
    async rename(from: string, to: string) {
      if (renameFault.error) throw renameFault.error
      return original.rename(from, to)
    }
  }
})

// CI builds `dist/` before the tests; a private build can be tested with
// `OFFICIALESE_BIN=<folder>/cli.js npx vitest run tests/cli-robustness.test.ts`.
const bin = path.resolve(process.env.OFFICIALESE_BIN ?? 'dist/cli.js')
const fixtures = path.resolve('tests/fixtures/cli-robustness')
const faultModule = path.join(fixtures, 'fault.mjs')
const noNetworkModule = path.join(fixtures, 'no-network.mjs')
const isRoot = process.getuid?.() === 0
const temporaryFolders: string[] = []

afterAll(() => {
  for (const folder of temporaryFolders) {
    // A test may leave a file read-only.
    spawnSync('chmod', ['-R', 'u+rwX', folder])
    rmSync(folder, {recursive: true, force: true})
  }
})

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

interface RunOptions {
  /** Modules preloaded with `node --import`. */
  preload?: string[]
  env?: Record<string, string>
  timeout?: number
}

/** Run the bin in `cwd`. */
function run(cwd: string, args: string[], options: RunOptions = {}): Run {
  const preload = (options.preload ?? []).flatMap((module) => ['--import', module])
  const result = spawnSync(process.execPath, [...preload, bin, ...args], {
    cwd,
    input: '',
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env}
  })
  return {code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr}
}

function folder(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'officialese-robust-'))
  temporaryFolders.push(root)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), content)
  }
  return root
}

/** The lines of stderr that are not blank. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
}

/** One-line messages only: no stack trace, no code frame. */
function expectNoStack(result: Run): void {
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(result.stderr).not.toMatch(/\^{2,}/)
  expect(result.stderr).not.toContain('Warning:')
}

function temporaryFiles(root: string): string[] {
  return readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.tmp'))
}

const finding = 'The the plan was adopted.\n'
const fixed = 'The plan was adopted.\n'

describe('files that cannot be read', () => {
  it('exists (build it first)', () => {
    expect(existsSync(bin), bin).toBe(true)
  })

  it('an unreadable file: one line, exit 2, and the other files are still checked', () => {
    const root = folder({'secret.txt': finding, 'open.txt': finding})
    // Root reads a mode-000 file anyway: there, the read is made to fail as it would.
    chmodSync(path.join(root, 'secret.txt'), 0o000)
    const result = run(root, ['secret.txt', 'open.txt'], isRoot ? {preload: [faultModule], env: {OFFICIALESE_FAULT: '{"read": {"secret.txt": "EACCES"}}'}} : {})
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error Cannot read `secret.txt`: permission denied (EACCES)')
    expect(result.stderr).toContain('open.txt')
    expect(result.stderr).toContain('Remove the repeated word `the`')
    expectNoStack(result)
  })

  it('a file removed between listing and reading: one line, exit 2', () => {
    const root = folder({'gone.txt': finding, 'kept.txt': finding})
    const log = path.join(root, 'fault.log')
    const result = run(root, ['.'], {preload: [faultModule], env: {OFFICIALESE_FAULT: '{"read": {"gone.txt": "vanish"}}', OFFICIALESE_FAULT_LOG: log}})
    expect(readFileSync(log, 'utf8')).toContain('vanished gone.txt')
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error Cannot read `gone.txt`: no such file (ENOENT)')
    expect(result.stderr).toContain('kept.txt')
    expectNoStack(result)
  })

  it('markSpecialFiles turns a named pipe into a file that is not read', async () => {
    if (process.platform === 'win32') return // no named pipes in the file system
    const root = folder({'plain.txt': finding})
    spawnSync('mkfifo', [path.join(root, 'pipe.txt')])
    const marked = await markSpecialFiles(['pipe.txt', 'plain.txt', '.', '*.md', 'missing.txt'], root)
    expect(marked.slice(1)).toEqual(['plain.txt', '.', '*.md', 'missing.txt'])
    const pipe = marked[0]
    expect(typeof pipe).toBe('object')
    expect((pipe as import('vfile').VFile).messages.map((message) => [message.reason, message.fatal])).toEqual([
      ['Cannot read `pipe.txt`: it is a named pipe, not a file', true]
    ])
  })

  // Reading a named pipe waits for a writer: the engine must not open it.
  it('a named pipe: one line, exit 2, no hang', () => {
    if (process.platform === 'win32') throw new Error('no named pipes') // keeps `fails` true
    const root = folder({'plain.txt': finding})
    spawnSync('mkfifo', [path.join(root, 'pipe.txt')])
    const result = run(root, ['pipe.txt', 'plain.txt'], {timeout: 5000})
    expect(result.signal).toBe(null)
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error Cannot read `pipe.txt`: it is a named pipe, not a file')
    expectNoStack(result)
  })

  it.each([
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x54, 0x68, 0x65, 0x20, 0x74, 0x68, 0x65]), 'binary file'],
    ['a non-UTF-8 file', 'latin1.txt', Buffer.from('Caf\xe9 the the plan.\n', 'latin1'), 'not UTF-8 text']
  ])('%s: skipped with a warning naming it, exit 0, never written', (_kind, name, bytes, reason) => {
    const root = folder({[name]: bytes})
    const result = run(root, ['--fix', name])
    expect(result.code).toBe(0)
    expect(lines(result.stderr)).toContain(`warning Skipped \`${name}\`: ${reason}; nothing was checked or written retext-officialese`)
    expect(readFileSync(path.join(root, name))).toEqual(bytes)
    expectNoStack(result)
  })

  it('an empty file: a note, exit 0, never written', () => {
    const root = folder({'empty.md': ''})
    const result = run(root, ['--fix', 'empty.md'])
    expect(result.code).toBe(0)
    expect(lines(result.stderr)).toContain('info Empty file `empty.md`: nothing to check retext-officialese')
    expect(readFileSync(path.join(root, 'empty.md'), 'utf8')).toBe('')
    expectNoStack(result)
  })

  it('a folder given where a file is expected: one line, exit 2; on the command line a folder is searched', () => {
    const root = folder({'chapter.txt/inside.txt': finding, 'settings.json/.keep': ''})
    const config = run(root, ['--config', 'settings.json', 'chapter.txt'])
    expect(config.code).toBe(2)
    expect(lines(config.stderr)).toEqual(['officialese: settings.json: cannot read it: it is a folder, not a file (EISDIR)'])
    const searched = run(root, ['chapter.txt'])
    expect(searched.code).toBe(1)
    expect(searched.stderr).toContain('chapter.txt/inside.txt')
    expectNoStack(config)
  })

  it('a dangling symbolic link: one line, exit 2', () => {
    const root = folder({'kept.txt': finding})
    symlinkSync('nowhere.txt', path.join(root, 'dangling.txt'))
    const result = run(root, ['dangling.txt', 'kept.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error No such file or folder `dangling.txt`')
    expect(result.stderr).toContain('kept.txt')
    expectNoStack(result)
  })

  it('a symbolic link loop (a -> b, b -> a): one line, exit 2', () => {
    const root = folder()
    symlinkSync('b.txt', path.join(root, 'a.txt'))
    symlinkSync('a.txt', path.join(root, 'b.txt'))
    const result = run(root, ['a.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error Cannot read `a.txt`: too many symbolic links (ELOOP)')
    expectNoStack(result)
  })

  // A link to its own folder makes the search walk `self/self/…` forty levels
  // deep; only the first path to each file counts.
  it('a folder that links to itself: each file is checked once', () => {
    const root = folder({'docs/a.txt': finding})
    symlinkSync('.', path.join(root, 'docs/self'))
    const result = run(root, ['docs'])
    expect(result.stderr).toContain('1 file checked')
  })

  it('a path that does not exist: one line, exit 2', () => {
    const root = folder({'kept.txt': finding})
    const result = run(root, ['nothere.txt', 'kept.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error No such file or folder `nothere.txt`')
    expectNoStack(result)
  })
})

describe('writes that fail', () => {
  afterEach(() => {
    renameFault.error = undefined
  })

  it('a read-only file with --fix: reported, exit 2, left byte for byte, no temporary file (also as root)', () => {
    const root = folder({'locked.txt': finding})
    chmodSync(path.join(root, 'locked.txt'), 0o444)
    const result = run(root, ['--fix', 'locked.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain(
      'error Cannot write `locked.txt`: permission denied (EACCES); it was left as it was retext-officialese'
    )
    expect(readFileSync(path.join(root, 'locked.txt'), 'utf8')).toBe(finding)
    expect(temporaryFiles(root)).toEqual([])
    expectNoStack(result)
  })

  it('a rename that fails: the original stays byte for byte and the temporary file is removed', () => {
    const root = folder({'a.txt': finding, 'b.txt': finding})
    const log = path.join(root, 'fault.log')
    const result = run(root, ['--fix', 'a.txt', 'b.txt'], {
      preload: [faultModule],
      env: {OFFICIALESE_FAULT: '{"rename": "EIO"}', OFFICIALESE_FAULT_LOG: log}
    })
    // The temporary file had been written when the rename failed.
    expect(readFileSync(log, 'utf8')).toMatch(/rename refused, temporary file written: \.a\.txt\.\d+\.[\da-f]+\.tmp/)
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error Cannot write `a.txt`: input/output error (EIO); it was left as it was retext-officialese')
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(finding)
    expect(temporaryFiles(root)).toEqual([])
    expectNoStack(result)
  })

  it('a disk that fills up half-way through the temporary file: the original stays, the temporary file is removed', () => {
    const root = folder({'a.txt': finding})
    const log = path.join(root, 'fault.log')
    const result = run(root, ['--fix', 'a.txt'], {
      preload: [faultModule],
      env: {OFFICIALESE_FAULT: '{"write": "ENOSPC"}', OFFICIALESE_FAULT_LOG: log}
    })
    expect(readFileSync(log, 'utf8')).toContain('write stopped half-way')
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain('error Cannot write `a.txt`: no space left on device (ENOSPC); it was left as it was retext-officialese')
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(finding)
    expect(temporaryFiles(root)).toEqual([])
  })

  it('writeAtomic: a failing rename leaves the file and no temporary file', async () => {
    const root = folder({'a.txt': finding})
    renameFault.error = Object.assign(new Error('EXDEV: injected'), {code: 'EXDEV', syscall: 'rename'})
    await expect(writeAtomic(path.join(root, 'a.txt'), fixed)).rejects.toMatchObject({code: 'EXDEV'})
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(finding)
    expect(readdirSync(root)).toEqual(['a.txt'])
  })

  it('writeAtomic: keeps the mode exactly, whatever the umask, and writes through a symbolic link', async () => {
    const root = folder({'a.txt': finding})
    chmodSync(path.join(root, 'a.txt'), 0o666)
    symlinkSync('a.txt', path.join(root, 'link.txt'))
    await writeAtomic(path.join(root, 'link.txt'), fixed)
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(fixed)
    if (process.platform !== 'win32') expect(statSync(path.join(root, 'a.txt')).mode & 0o777).toBe(0o666)
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'link.txt'])
  })
})

describe('interrupted writes', () => {
  function manyFiles(count: number): {root: string; originals: Map<string, string>} {
    const originals = new Map<string, string>()
    // Long enough that writing takes a moment; each has a SAFE fix.
    const body = 'The delegation reviewed the plan in detail.\n'.repeat(400)
    for (let index = 0; index < count; index++) originals.set(`doc-${index}.txt`, `Report ${index}: the the plan.\n${body}`)
    return {root: folder(Object.fromEntries(originals)), originals}
  }

  function expectWholeFiles(root: string, originals: Map<string, string>): {fixedCount: number} {
    expect(temporaryFiles(root)).toEqual([])
    let fixedCount = 0
    for (const [name, original] of originals) {
      const now = readFileSync(path.join(root, name), 'utf8')
      const done = fixSync(original, {format: 'text'}).toString()
      expect([original, done], name).toContain(now)
      if (now === done && done !== original) fixedCount++
    }
    return {fixedCount}
  }

  it('--fix on many files leaves no temporary file and fixes every file', () => {
    const {root, originals} = manyFiles(60)
    const result = run(root, ['--fix', '.'])
    expect(result.code).toBe(0)
    expect(expectWholeFiles(root, originals).fixedCount).toBe(60)
  })

  it('Ctrl-C while a temporary file is half-written: it is removed, the file is left as it was', async () => {
    const {root, originals} = manyFiles(3)
    const log = path.join(root, 'fault.log')
    const child = spawn(process.execPath, ['--import', faultModule, bin, '--fix', '.'], {
      cwd: root,
      env: {...process.env, OFFICIALESE_FAULT: '{"write": "slow"}', OFFICIALESE_FAULT_LOG: log},
      stdio: 'ignore'
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Wait until the temporary files exist and are half-written.
    const deadline = Date.now() + 20_000
    while (!(existsSync(log) && readFileSync(log, 'utf8').includes('writing half-way')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(temporaryFiles(root).length).toBeGreaterThan(0)
    child.kill('SIGINT')
    expect(await exited).toBe('SIGINT')
    expect(expectWholeFiles(root, originals).fixedCount).toBe(0)
  })

  it.each([
    ['SIGINT', 0],
    ['SIGTERM', 10],
    ['SIGINT', 100]
  ] as const)('%s %i ms after the first write of --fix on many files: every file is the original or fully fixed', async (signal, delay) => {
    const {root, originals} = manyFiles(100)
    const child = spawn(process.execPath, [bin, '--fix', '.'], {cwd: root, stdio: 'ignore'})
    let ended = false
    const exited = new Promise<void>((resolve) =>
      child.on('exit', () => {
        ended = true
        resolve()
      })
    )
    // Writing has begun when the first temporary file appears.
    while (!ended && temporaryFiles(root).length === 0) await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setTimeout(resolve, delay))
    child.kill(signal)
    await exited
    const {fixedCount} = expectWholeFiles(root, originals)
    // The run was cut short while writing.
    expect(fixedCount).toBeLessThan(originals.size)
  })
})

describe('configuration', () => {
  function configured(name: string, content: string): Run {
    const root = folder({[name]: content, 'a.txt': finding})
    return run(root, ['a.txt'])
  }

  function expectOneLine(result: Run, message: RegExp): void {
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const output = lines(result.stderr)
    expect(output).toHaveLength(1)
    expect(output[0]).toMatch(message)
  }

  it('malformed JSON: one line naming the file, exit 2', () => {
    expectOneLine(configured('.officialeserc.json', '{"preset": "publication",}'), /^officialese: \.officialeserc\.json: cannot parse it: .*JSON at position 25$/)
  })

  it('malformed YAML: one line naming the file and the place, exit 2', () => {
    expectOneLine(
      configured('.officialeserc.yaml', 'rules:\n  repeated-word: [warn\n  b: {'),
      /^officialese: \.officialeserc\.yaml: cannot parse it: [a-z].* at line \d+, column \d+$/
    )
  })

  it.each([
    ['{"__proto__": {"polluted": true}}', 'unknown key `__proto__`'],
    ['{"constructor": {"prototype": {"polluted": true}}}', 'unknown key `constructor`'],
    ['{"prototype": {"polluted": true}}', 'unknown key `prototype`'],
    ['{"rules": {"__proto__": {"polluted": true}}}', 'unknown rule `__proto__` in `rules`'],
    ['{"rules": {"constructor": "warn"}}', 'unknown rule `constructor` in `rules`'],
    ['{"rules": {"repeated-word": ["warn", {"__proto__": {"polluted": true}}]}}', 'unknown option `rules.repeated-word.__proto__`'],
    ['{"rules": {"repeated-word": ["warn", {"constructor": {"prototype": {"polluted": true}}}]}}', 'unknown option `rules.repeated-word.constructor`'],
    ['{"glossary": {"__proto__": {"polluted": true}}}', 'unknown table `__proto__`']
  ])('`__proto__`, `constructor`, `prototype` keys are refused and pollute nothing: %s', async (content, message) => {
    const root = folder({'.officialeserc.json': content, 'a.txt': finding})
    // In this process, so that a polluted prototype would show.
    const stderr = new PassThrough()
    const chunks: Buffer[] = []
    stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    const code = await main(['a.txt'], {stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: root})
    expect(code).toBe(2)
    expect(Buffer.concat(chunks).toString()).toContain(message)
    await expect(loadConfiguration('a.txt', root)).rejects.toBeInstanceOf(ConfigurationError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('YAML `__proto__` keys are refused too', () => {
    expectOneLine(configured('.officialeserc.yaml', '__proto__:\n  polluted: true\n'), /^officialese: \.officialeserc\.yaml: unknown key `__proto__`/)
  })

  it('an unknown rule', () => {
    expectOneLine(configured('.officialeserc.json', '{"rules": {"no-such-rule": "error"}}'), /^officialese: \.officialeserc\.json: unknown rule `no-such-rule` in `rules`/)
  })

  it('an unknown preset', () => {
    expectOneLine(configured('.officialeserc.json', '{"preset": "strict"}'), /^officialese: \.officialeserc\.json: unknown preset `strict` \(expected `recommended`, `publication`, `none`\)$/)
  })

  it('a bad level', () => {
    expectOneLine(
      configured('.officialeserc.yaml', 'rules:\n  repeated-word: fatal\n'),
      /^officialese: \.officialeserc\.yaml: expected `off`, `warn` or `error` for `rules\.repeated-word`, not "fatal"$/
    )
  })

  it('a bad option: unknown, and of the wrong kind', () => {
    expectOneLine(
      configured('.officialeserc.json', '{"rules": {"repeated-word": ["warn", {"alow": []}]}}'),
      /^officialese: \.officialeserc\.json: unknown option `rules\.repeated-word\.alow`/
    )
    expectOneLine(
      configured('.officialeserc.json', '{"rules": {"repeated-word": ["warn", {"allow": "the"}]}}'),
      /^officialese: \.officialeserc\.json: expected a list for `rules\.repeated-word\.allow`, not a string$/
    )
  })
})

describe('configuration is data', () => {
  const payload = 'require("node:fs").writeFileSync("evaluated", "yes")'

  it('a YAML `!!js/function` tag is never run: refused, exit 2', () => {
    const root = folder({
      '.officialeserc.yaml': `preset: !!js/function 'function () { ${payload} }'\n`,
      'a.txt': finding
    })
    const result = run(root, ['a.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toContain(
      'officialese: .officialeserc.yaml: unsupported YAML tag `!!js/function` on line 1: a configuration is data; write code in `.officialeserc.js`'
    )
    expect(existsSync(path.join(root, 'evaluated'))).toBe(false)
  })

  // The YAML parser would also print a several-line process warning for the tag.
  it('a YAML tag gives one line only', () => {
    const root = folder({'.officialeserc.yaml': 'preset: !!js/function "x"\n', 'a.txt': finding})
    expect(lines(run(root, ['a.txt']).stderr)).toHaveLength(1)
  })

  it('a JSON string that looks like code is a string: an unknown preset, never run', () => {
    const root = folder({'.officialeserc.json': JSON.stringify({preset: payload}), 'a.txt': finding})
    const result = run(root, ['a.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)[0]).toMatch(/^officialese: \.officialeserc\.json: unknown preset `require/)
    expect(existsSync(path.join(root, 'evaluated'))).toBe(false)
  })

  it('only an `.officialeserc.js` the user wrote is run', () => {
    const root = folder({
      '.officialeserc.js': `import fs from 'node:fs'\nfs.writeFileSync('evaluated', 'yes')\nexport default {preset: 'none', rules: {'repeated-word': 'error'}}\n`,
      'a.txt': finding
    })
    const result = run(root, ['a.txt'])
    expect(result.code).toBe(1)
    expect(existsSync(path.join(root, 'evaluated'))).toBe(true)
  })

  it('an `.officialeserc.js` that throws: one line, exit 2', () => {
    const root = folder({'.officialeserc.js': 'throw new Error("broken\\nsecond line")\n', 'a.txt': finding})
    const result = run(root, ['a.txt'])
    expect(lines(result.stderr)).toEqual(['officialese: .officialeserc.js: cannot load it: broken'])
    expect(result.code).toBe(2)
  })
})

describe('no network', () => {
  const markdown = [
    '# The the report',
    '',
    'See <https://example.org/the-the> and [the site](http://example.com).',
    '',
    '<img src="https://example.org/a.png"> Firstly, we must must study.',
    ''
  ].join('\n')

  it('check and fix make no network request', async () => {
    const saved = {fetch: globalThis.fetch, http: http.request, https: https.request, connect: net.connect}
    const calls: string[] = []
    const refuse = (name: string) =>
      function (): never {
        calls.push(name)
        throw new Error(`network access: ${name}`)
      }
    globalThis.fetch = refuse('fetch') as typeof fetch
    http.request = refuse('http.request') as typeof http.request
    https.request = refuse('https.request') as typeof https.request
    net.connect = refuse('net.connect') as typeof net.connect
    try {
      for (const format of ['text', 'markdown', 'html'] as const) {
        for (const preset of ['recommended', 'publication'] as const) {
          await check(markdown, {format, preset})
          await fix(markdown, {format, preset, apply: 'all'})
          checkSync(markdown, {format, preset})
          fixSync(markdown, {format, preset})
        }
      }
    } finally {
      globalThis.fetch = saved.fetch
      http.request = saved.http
      https.request = saved.https
      net.connect = saved.connect
    }
    expect(calls).toEqual([])
  })

  it('the command line makes no network request, on the main thread or worker threads', () => {
    // More than the text checked on the main thread, so that worker threads start.
    const large = 'The delegation reviewed the plan at https://example.org/plan in detail.\n'.repeat(5000)
    const root = folder({
      'report.md': markdown,
      'page.html': `<p>${markdown}</p>`,
      'notes.txt': markdown,
      'large-1.txt': large,
      'large-2.txt': large
    })
    for (const args of [['.'], ['--fix', '.'], ['--jobs', '2', '--reporter', 'sarif', '.']]) {
      const result = run(root, args, {preload: [noNetworkModule]})
      expect(result.stderr, args.join(' ')).not.toContain('NETWORK ACCESS')
      expect(result.stderr).not.toContain('internal error')
      expect([0, 1]).toContain(result.code)
    }
  })
})

describe('a reader that stops early', () => {
  it('`officialese -r json | head -c 100`: no stack trace, no error', () => {
    const root = folder({'a.txt': 'The three is to strengthen the party building.\n'.repeat(400)})
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" -r json a.txt | head -c 100 >/dev/null`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(result.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|internal error/)
    // The findings' exit code, never a crash's.
    expect([0, 1]).toContain(result.status)
  })
})
