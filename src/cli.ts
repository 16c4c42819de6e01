#!/usr/bin/env node
import process from 'node:process'
import {main} from './cli/run.js'

// The configuration loader reports an unusable YAML file in one line of its
// own; the parser's multi-line warning about it would only repeat it.
const emitWarning = process.emitWarning.bind(process)
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (warning instanceof Error && warning.name === 'YAMLWarning') return
  ;(emitWarning as (...values: unknown[]) => void)(warning, ...rest)
}) as typeof process.emitWarning

// A reader that stops early (`officialese -r json | head`) closes the pipe:
// nothing more can be written, so stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
  })
}

try {
  // Set the exit code rather than exiting, so stdout is flushed when piped.
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd()
  })
} catch (error) {
  // A bug, not a user's mistake: one line, and the stack only on request.
  process.stderr.write(`officialese: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
  process.exitCode = 2
}
