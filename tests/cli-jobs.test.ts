import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

// CI builds `dist/` before the tests; see tests/cli.test.ts for OFFICIALESE_BIN.
const bin = path.resolve(process.env.OFFICIALESE_BIN ?? 'dist/cli.js')
const folder = mkdtempSync(path.join(tmpdir(), 'officialese-jobs-'))

afterAll(() => rmSync(folder, {recursive: true, force: true}))

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('officialese --jobs', () => {
  // More text than the main thread keeps for itself, so threads do start.
  const seed = readFileSync('examples/party-building.txt', 'utf8')
  for (let index = 0; index < 12; index++) {
    writeFileSync(path.join(folder, `document-${index}.txt`), Array.from({length: 40 + 3 * index}, () => seed).join('\n\n'))
  }
  writeFileSync(path.join(folder, 'broken.md'), 'The the meeting, “quoted.\n')

  it('reports the same with one thread, two and four', () => {
    const one = run(['--jobs', '1', '--reporter', 'json', '.'])
    expect(one.code === 0 || one.code === 1).toBe(true)
    expect(JSON.parse(one.stdout).length).toBe(13)
    for (const jobs of ['2', '4']) {
      const many = run(['--jobs', jobs, '--reporter', 'json', '.'])
      expect(many.code).toBe(one.code)
      expect(many.stdout).toBe(one.stdout)
      expect(many.stderr).toBe(one.stderr)
    }
  }, 150_000)

  it('fixes the same on threads', () => {
    const one = run(['--jobs', '1', '--fix-dry-run', '.'])
    const two = run(['--jobs', '2', '--fix-dry-run', '.'])
    expect(two.stdout).toBe(one.stdout)
    expect(two.stdout).toContain('+++ b/document-0.txt')
  }, 150_000)

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    for (const value of ['0', 'two', '1.5']) {
      const result = run(['--jobs', value, '.'])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('--jobs')
    }
  })
})
