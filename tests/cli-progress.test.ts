import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {createProgress, progressLine} from '../src/cli/progress.js'
import {main} from '../src/cli/run.js'

const root = mkdtempSync(path.join(tmpdir(), 'officialese-progress-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
for (let index = 0; index < 5; index++) writeFileSync(path.join(root, `doc-${index}.txt`), 'The the plan was adopted.\n')

/** A stream that collects what is written; `tty` makes it look like a terminal. */
function sink(tty: boolean): Writable & {text: string; isTTY?: boolean} {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk)
      done()
    }
  }) as Writable & {text: string; isTTY?: boolean}
  stream.text = ''
  if (tty) stream.isTTY = true
  return stream
}

async function run(args: string[], tty: boolean) {
  const stdout = sink(false)
  const stderr = sink(tty)
  // A delay of 0: every run lasts long enough to show the line.
  const code = await main(['--no-config', '--jobs', '1', '--no-color', ...args], {stdin: Readable.from([]), stdout, stderr, cwd: root, progressDelay: 0})
  return {code, stdout: stdout.text, stderr: stderr.text}
}

const drawn = /\rofficialese: \d of 5 files, [\d.]+ MB\/s, \d findings?\u001B\[K/

describe('the progress line', () => {
  it('is drawn on a terminal, in place, and erased before the report', async () => {
    const result = await run(['--reporter', 'json', '.'], true)
    expect(result.stderr).toMatch(drawn)
    // Erased: the summary starts on a clean line.
    expect(result.stderr).toMatch(/\r\u001B\[K5 files checked/)
    expect(result.stdout).not.toContain('of 5 files')
    expect(JSON.parse(result.stdout)).toHaveLength(5)
  })

  it('is off when stderr is not a terminal, unless --progress', async () => {
    expect((await run(['.'], false)).stderr).not.toContain('of 5 files')
    expect((await run(['--progress', '.'], false)).stderr).toMatch(drawn)
    expect((await run(['--no-progress', '.'], true)).stderr).not.toContain('of 5 files')
  })

  it('shows nothing for a run shorter than its delay', () => {
    const stream = sink(true)
    const progress = createProgress(stream, 1000, () => 0)
    progress.update({done: 1, total: 2, bytes: 10, findings: 0})
    progress.finish()
    expect(stream.text).toBe('')
  })

  it('redraws at most every tenth of a second and fits the terminal', () => {
    const stream = Object.assign(sink(true), {columns: 30})
    let now = 0
    const progress = createProgress(stream, 1000, () => now)
    now = 1000
    progress.update({done: 1, total: 9, bytes: 0, findings: 0})
    now = 1050
    progress.update({done: 2, total: 9, bytes: 0, findings: 0})
    now = 1200
    progress.update({done: 3, total: 9, bytes: 0, findings: 0})
    progress.finish()
    const lines = stream.text.split('\r').filter(Boolean)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe('officialese: 1 of 9 files, 0.\u001B[K')
    expect(lines[2]).toBe('\u001B[K')
  })

  it('reads files done, speed and findings', () => {
    expect(progressLine({done: 1200, total: 5000, bytes: 3 * 1024 * 1024, findings: 1}, 2)).toBe(
      'officialese: 1,200 of 5,000 files, 1.5 MB/s, 1 finding'
    )
  })
})
