import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterAll} from 'vitest'
import {main} from '../src/cli/run.js'

/** What one run of the command line gave: its exit code and both streams. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run `officialese` in this process, one checking thread, in `cwd`; `stdin` is piped in. */
export async function runCli(cwd: string, args: readonly string[], stdin = ''): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(['--jobs', '1', ...args], {
    stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []),
    stdout: new Writable({write: (chunk, _encoding, done) => done((stdout += chunk, null))}),
    stderr: new Writable({write: (chunk, _encoding, done) => done((stderr += chunk, null))}),
    cwd
  })
  return {code, stdout, stderr}
}

/**
 * A function that makes a temporary folder holding `files` (paths may have
 * folders); every folder it made is removed once the test file is done.
 */
export function temporaryFolders(prefix: string): (files?: Record<string, string>) => string {
  const made: string[] = []
  afterAll(() => {
    for (const folder of made) rmSync(folder, {recursive: true, force: true})
  })
  return function (files = {}) {
    const root = mkdtempSync(path.join(tmpdir(), prefix))
    made.push(root)
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
      writeFileSync(path.join(root, name), content)
    }
    return root
  }
}
