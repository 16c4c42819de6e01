import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {streamsFile} from '../src/cli/streamed-file.js'
import {runCli, temporaryFolders} from './cli-in-process.js'

const finding = 'The the plan was adopted.\n'

const folder = temporaryFolders('officialese-files-')

// Configuration files are not what these tests are about.
function run(cwd: string, args: string[], stdin = '') {
  return runCli(cwd, ['--no-config', ...args], stdin)
}

/** The paths a JSON report lists. */
async function checkedPaths(cwd: string, args: string[]): Promise<string[]> {
  const result = await run(cwd, ['--reporter', 'json', ...args])
  return (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
}

describe('which files are checked', () => {
  const root = folder({
    'docs/a.md': finding,
    'docs/b.txt': finding,
    'docs/skip.json': finding,
    'node_modules/pkg/readme.md': finding,
    'docs/node_modules/dep/notes.md': finding,
    '.git/description.txt': finding,
    'translations/messages.po': 'msgid "a"\nmsgstr "b"\n',
    'translations/strings.xlf': '<xliff/>\n',
    'translations/memory.tmx': '<tmx/>\n',
    'translations/pairs.jsonl': '{}\n',
    'translations/other.xliff': '<xliff/>\n'
  })

  it('a folder walk and a glob never enter node_modules or .git', async () => {
    expect(await checkedPaths(root, ['.'])).toEqual([
      'docs/a.md',
      'docs/b.txt',
      'translations/memory.tmx',
      'translations/messages.po',
      'translations/other.xliff',
      'translations/pairs.jsonl',
      'translations/strings.xlf'
    ])
    expect(await checkedPaths(root, ['**/*.md'])).toEqual(['docs/a.md'])
  })

  it('enters them when the path or glob starts inside one', async () => {
    expect(await checkedPaths(root, ['node_modules/pkg/readme.md'])).toEqual(['node_modules/pkg/readme.md'])
    expect(await checkedPaths(root, ['node_modules'])).toEqual(['node_modules/pkg/readme.md'])
    expect(await checkedPaths(root, ['node_modules/**/*.md'])).toEqual(['node_modules/pkg/readme.md'])
    expect(await checkedPaths(root, ['.git/description.txt'])).toEqual(['.git/description.txt'])
  })

  it('lists each file once, in the order given, each folder sorted', async () => {
    expect(await checkedPaths(root, ['docs/b.txt', 'docs', 'docs/a.md'])).toEqual(['docs/b.txt', 'docs/a.md'])
  })

  it('never streams translation files, however large', () => {
    const settings = {fixing: false, threshold: 10}
    for (const name of ['a.po', 'a.xlf', 'a.xliff', 'a.tmx', 'a.jsonl', 'a.md', 'a.html']) {
      expect(streamsFile(name, 100, settings), name).toBe(false)
    }
    expect(streamsFile('a.txt', 100, settings)).toBe(true)
    expect(streamsFile('a.txt', 5, settings)).toBe(false)
    expect(streamsFile('a.txt', 100, {...settings, fixing: true})).toBe(false)
    expect(streamsFile('a.po', 100, {...settings, format: 'text'})).toBe(false)
  })
})

describe('--shard', () => {
  const names = Array.from({length: 11}, (_, index) => `part-${index % 3}/doc-${String(index).padStart(2, '0')}.txt`)
  const root = folder(Object.fromEntries(names.map((name) => [name, finding])))

  it('puts every file in exactly one shard, the same way every time', async () => {
    const shards: string[][] = []
    for (const index of [1, 2, 3]) shards.push(await checkedPaths(root, ['--shard', `${index}/3`, '.']))
    expect(shards.flat().sort()).toEqual([...names].sort())
    // Sorted paths dealt out in turn: sizes differ by one at most.
    expect(shards.map((shard) => shard.length)).toEqual([4, 4, 3])
    expect(await checkedPaths(root, ['--shard', '2/3', '.'])).toEqual(shards[1])
    expect(shards[0]![0]).toBe([...names].sort()[0])
  })

  it('says so when a shard has no files', async () => {
    const small = folder({'only.txt': finding})
    const result = await run(small, ['--shard', '2/2', '.'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('no files to check in shard 2/2')
  })

  it.each(['0/3', '4/3', 'a/b', '1', '1/0', '2/3x'])('refuses --shard %s: one line, exit 2', async (value) => {
    const result = await run(root, ['--shard', value, '.'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toMatch(/^officialese: expected --shard <index>\/<count>/)
    expect(result.stdout).toBe('')
  })
})

describe('standard input', () => {
  const root = folder({})

  it('`-` reads standard input, with or without --stdin-filename', async () => {
    const plain = await run(root, ['-'], finding)
    expect(plain.code).toBe(1)
    expect(plain.stderr).toContain('Remove the repeated word `the`')
    const markdown = await run(root, ['-', '--stdin-filename', 'note.md', '--reporter', 'json'], '`the the` code.\n')
    expect(JSON.parse(markdown.stdout)).toMatchObject([{path: 'note.md', messages: []}])
  })

  it('`-` with other paths is a usage error', async () => {
    const result = await run(root, ['-', 'a.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^officialese: `-` reads standard input: do not give other paths as well\n/)
  })
})

describe('the html and markdown reporters', () => {
  const root = folder({'report.txt': 'The the plan was adopted unanimously.\n'})

  it('print on stdout, with the text read again from disk or kept from standard input', async () => {
    const html = await run(root, ['--reporter', 'html', '.'])
    expect(html.code).toBe(1)
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).toContain('report.txt')
    expect(html.stdout).toContain('adopted unanimously')
    const fromStdin = await run(root, ['--reporter', 'html', '-', '--stdin-filename', 'piped.txt'], 'The the motion was carried overwhelmingly.\n')
    expect(fromStdin.stdout).toContain('carried overwhelmingly')
    const markdown = await run(root, ['--reporter', 'markdown', '.'])
    expect(markdown.code).toBe(1)
    expect(markdown.stdout).toContain('report.txt')
    expect(markdown.stderr).not.toContain('report.txt')
  })
})

describe('ignore files', () => {
  const root = folder({
    '.officialeseignore': 'drafts/\n',
    'drafts/raw.txt': finding,
    'edited.txt': finding,
    'archive/.officialeseignore': 'old-*.txt\n',
    'archive/old-1.txt': finding,
    'archive/new-1.txt': finding,
    'custom.ignore': 'edited.txt\n'
  })

  it('the nearest .officialeseignore above a file decides, relative to its folder', async () => {
    expect(await checkedPaths(root, ['.'])).toEqual(['archive/new-1.txt', 'edited.txt'])
    // Named on the command line, an ignored file is still passed over quietly.
    expect(await checkedPaths(root, ['archive/old-1.txt', 'edited.txt'])).toEqual(['edited.txt'])
  })

  it('--ignore-path replaces the ignore files; --ignore-pattern adds to them; --no-ignore drops them', async () => {
    expect(await checkedPaths(root, ['--ignore-path', 'custom.ignore', '.'])).toEqual(['archive/new-1.txt', 'archive/old-1.txt', 'drafts/raw.txt'])
    expect(await checkedPaths(root, ['--ignore-pattern', 'new-*', '.'])).toEqual(['edited.txt'])
    expect(await checkedPaths(root, ['--no-ignore', '--ignore-pattern', 'archive', '.'])).toEqual(['drafts/raw.txt', 'edited.txt'])
  })

  it('an --ignore-path that cannot be read: one line, exit 2', async () => {
    const result = await run(root, ['--ignore-path', 'nothere.ignore', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('officialese: nothere.ignore: cannot read it: no such file (ENOENT)\n')
  })
})
