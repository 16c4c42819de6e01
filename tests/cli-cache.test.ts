import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeEach, describe, expect, it, vi} from 'vitest'
import {runCli, temporaryFolders} from './cli-in-process.js'

// Counts the documents actually checked, and what each was checked with.
const checked = vi.hoisted(() => ({jobs: [] as Array<{path?: string; sourceText?: string}>}))
vi.mock('../src/cli/job.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/cli/job.js')>()
  return {
    ...original,
    runJob(job: import('../src/cli/job.js').CheckJob) {
      checked.jobs.push({path: job.path, sourceText: job.options.sourceText})
      return original.runJob(job)
    }
  }
})

beforeEach(() => {
  checked.jobs = []
})

const folder = temporaryFolders('officialese-cache-')
const run = runCli

const config = '{"preset": "none", "rules": {"repeated-word": "error"}}'

describe('--cache', () => {
  it('skips unchanged files on the next run, and still reports their findings', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The the plan.\n', 'b.txt': 'A fine plan.\n', 'c.md': '# Title\n'})
    const first = await run(root, ['--cache', '--reporter', 'json', '.'])
    expect(checked.jobs).toHaveLength(3)
    expect(existsSync(path.join(root, '.officialesecache'))).toBe(true)

    checked.jobs = []
    const second = await run(root, ['--cache', '--reporter', 'json', '.'])
    expect(checked.jobs).toHaveLength(0)
    expect(second).toEqual(first)
    expect(second.code).toBe(1)
  })

  it('checks an edited file again, and a file whose configuration changed', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The the plan.\n', 'b.txt': 'A fine plan.\n'})
    await run(root, ['--cache', '.'])
    writeFileSync(path.join(root, 'b.txt'), 'A a fine plan.\n')
    checked.jobs = []
    const edited = await run(root, ['--cache', '--reporter', 'json', '.'])
    expect(checked.jobs.map((job) => path.basename(job.path!))).toEqual(['b.txt'])
    expect(JSON.parse(edited.stdout)[1]).toMatchObject({path: 'b.txt', errorCount: 1})

    writeFileSync(path.join(root, '.officialeserc.json'), '{"preset": "none", "rules": {"repeated-word": "warn"}}')
    checked.jobs = []
    const reconfigured = await run(root, ['--cache', '--reporter', 'json', '.'])
    expect(checked.jobs).toHaveLength(2)
    expect(reconfigured.code).toBe(0)
  })

  it('keys on the options that change findings', async () => {
    const root = folder({'.officialeserc.json': config, 'a.md': '`the the` code.\n'})
    await run(root, ['--cache', '.'])
    checked.jobs = []
    const asText = await run(root, ['--cache', '--format', 'text', '.'])
    expect(checked.jobs).toHaveLength(1)
    expect(asText.code).toBe(1)
  })

  it('after --fix, the cached entry is the fixed file', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The the plan.\n'})
    const fixed = await run(root, ['--cache', '--fix', '.'])
    expect(fixed.stderr).toContain('1 fix applied')
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('The plan.\n')

    checked.jobs = []
    const again = await run(root, ['--cache', '--fix', '.'])
    expect(checked.jobs).toHaveLength(0)
    expect(again.stderr).toContain('0 fixes applied')

    // The same text as before the fix: it must be fixed again, never taken from the cache.
    writeFileSync(path.join(root, 'a.txt'), 'The the plan.\n')
    const reverted = await run(root, ['--cache', '--fix', '.'])
    expect(reverted.stderr).toContain('1 fix applied')
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('The plan.\n')
  })

  it('a dry run with fixes to show is never answered from the cache', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The the plan.\n'})
    await run(root, ['--cache', '--fix-dry-run', '.'])
    const again = await run(root, ['--cache', '--fix-dry-run', '.'])
    expect(again.stdout).toContain('+The plan.')
  })

  it('ignores a damaged or unreadable cache with a one-line warning', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The the plan.\n'})
    writeFileSync(path.join(root, '.officialesecache'), '{"officialeseCache": 1, "entries": {"a.txt": ')
    const damaged = await run(root, ['--cache', '.'])
    expect(damaged.code).toBe(1)
    expect(damaged.stderr.split('\n')[0]).toBe('officialese: warning: the cache `' + path.join(root, '.officialesecache') + '` is damaged; checking every file')
    expect(damaged.stderr).toContain('Remove the repeated word `the`')
    // The damaged cache was replaced by a good one.
    checked.jobs = []
    await run(root, ['--cache', '.'])
    expect(checked.jobs).toHaveLength(0)

    writeFileSync(path.join(root, 'other'), '[1, 2]')
    const wrongShape = await run(root, ['--cache', '--cache-location', 'other', '.'])
    expect(wrongShape.code).toBe(1)
    expect(wrongShape.stderr).toMatch(/^officialese: warning: the cache `.*other` is damaged; checking every file\n/)
  })

  it('writes the cache where --cache-location says, without a temporary file left', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'Fine.\n'})
    await run(root, ['--cache', '--cache-location', 'findings.json', '.'])
    const cache = JSON.parse(readFileSync(path.join(root, 'findings.json'), 'utf8'))
    expect(Object.keys(cache.entries)).toEqual(['a.txt'])
    expect(existsSync(path.join(root, '.officialesecache'))).toBe(false)
    const result = await run(root, ['--cache-location', 'findings.json', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--cache-location needs --cache')
  })
})

describe('--source', () => {
  it('passes the original document to the check of the one input', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The plan.\n', 'zh.txt': '计划。\n'})
    const result = await run(root, ['--source', 'zh.txt', 'a.txt'])
    expect(result.code).toBe(0)
    expect(checked.jobs).toEqual([{path: path.join(root, 'a.txt'), sourceText: '计划。\n'}])
  })

  it('needs exactly one input document', async () => {
    const root = folder({'.officialeserc.json': config, 'a.txt': 'The plan.\n', 'b.txt': 'A plan.\n', 'zh.txt': '计划。\n'})
    const result = await run(root, ['--source', 'zh.txt', 'a.txt', 'b.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe('officialese: --source pairs one translation with its original: give exactly one document, not 2')
    expect(checked.jobs).toEqual([])
  })

  it('says in one line when the original cannot be read', async () => {
    const root = folder({'a.txt': 'The plan.\n'})
    const result = await run(root, ['--source', 'missing.txt', 'a.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('officialese: cannot read --source `missing.txt`: no such file (ENOENT)\n')
  })
})

describe('a cache entry', () => {
  it('gives back every field of every message, though it keeps fewer', async () => {
    const {FindingsCache, restore} = await import('../src/cli/cache.js')
    const {checkSync} = await import('../src/check.js')
    const {VFile} = await import('vfile')
    const root = folder({})
    const location = path.join(root, 'cache.json')
    const text = '“Two to” strengthen the party building . One is to。\n\nYesterday the county held a meeting.\n'
    const checkedFile = checkSync(new VFile({path: path.join(root, 'a.txt'), value: text}))
    checkedFile.message('A note about the file itself')
    expect(checkedFile.messages.length).toBeGreaterThan(2)

    const writing = await FindingsCache.open(location, () => {})
    writing.set('a.txt', 'key', checkedFile)
    await writing.save()
    const reading = await FindingsCache.open(location, () => {})
    const entry = reading.get('a.txt', 'key')!
    const restored = new VFile({path: checkedFile.path})
    restore(restored, entry)

    const fields = (file: InstanceType<typeof VFile>) => file.messages.map((message) => JSON.parse(JSON.stringify({...message, stack: undefined})))
    expect(fields(restored)).toEqual(fields(checkedFile))
  })
})
