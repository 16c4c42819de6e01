import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/run.js'

const folder = mkdtempSync(path.join(tmpdir(), 'officialese-stream-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const seed = readFileSync('examples/party-building.txt', 'utf8')
const files: Record<string, string | Buffer> = {
  'seed.txt': Array.from({length: 8}, () => seed).join('\n\n'),
  'crlf.txt': seed.replaceAll('\n', '\r\n'),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('He said  "open\n\nThe the end.\n')]),
  'binary.txt': Buffer.from('Some text\0more text'),
  'invalid-then-nul.txt': Buffer.concat([Buffer.from('Text \xff then'), Buffer.from([0]), Buffer.from(' more')]),
  'not-utf8.txt': Buffer.concat([Buffer.from('Text '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' more')]),
  'utf16.txt': Buffer.from('\ufeffHello', 'utf16le'),
  'blank.txt': ' \n\n\t\n',
  'notes.md': 'The the meeting, “quoted.\n'
}
for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content)

async function run(args: string[], streamBytes: number) {
  let stdout = ''
  let stderr = ''
  const code = await main(['--no-config', '--jobs', '1', ...args], {
    stdin: Readable.from([]),
    stdout: new Writable({write: (chunk, _encoding, done) => done((stdout += chunk, null))}),
    stderr: new Writable({write: (chunk, _encoding, done) => done((stderr += chunk, null))}),
    cwd: folder,
    streamBytes
  })
  return {code, stdout, stderr}
}

describe('officialese on large plain-text files', () => {
  it('reports the same when a file is streamed from disk as when it is read whole', async () => {
    const names = Object.keys(files)
    for (const reporter of ['json', 'stylish']) {
      const whole = await run(['--reporter', reporter, ...names], Number.POSITIVE_INFINITY)
      const streamed = await run(['--reporter', reporter, ...names], 0)
      expect(streamed).toEqual(whole)
    }
    const report = JSON.parse((await run(['--reporter', 'json', ...names], 0)).stdout) as Array<{path: string; skipped: string | null; messages: unknown[]}>
    const skipped = Object.fromEntries(report.map((file) => [file.path, file.skipped]))
    expect(skipped).toMatchObject({
      'binary.txt': 'binary file',
      'invalid-then-nul.txt': 'binary file',
      'not-utf8.txt': 'not UTF-8 text',
      'utf16.txt': 'UTF-16 text, expected UTF-8',
      'blank.txt': 'empty',
      'seed.txt': null
    })
    expect(report.find((file) => file.path === 'seed.txt')!.messages.length).toBeGreaterThan(8)
  })

  it('still fixes a large file, reading it whole', async () => {
    const target = path.join(folder, 'fix-me.txt')
    writeFileSync(target, 'The the meeting opened.\n')
    const result = await run(['--fix', 'fix-me.txt'], 0)
    expect(result.code).toBe(0)
    expect(readFileSync(target, 'utf8')).toBe('The meeting opened.\n')
  })

  it('says which file is missing, as a whole read does', async () => {
    const whole = await run(['missing.txt'], Number.POSITIVE_INFINITY)
    const streamed = await run(['missing.txt'], 0)
    expect(streamed).toEqual(whole)
    expect(streamed.code).toBe(2)
  })
})
