import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Options} from '../options.js'
import {formatOf} from '../runner.js'
import type {Format} from '../rule.js'
import {byPlace, checkStream} from '../stream.js'

/**
 * Plain-text files at least this large (in bytes) are checked as a stream
 * instead of being read whole, so the CLI's memory stays flat however large
 * a file is. Below it, reading whole is as fast and lets the file be fixed.
 */
export const defaultStreamBytes = 8 * 1024 * 1024

declare module 'vfile' {
  interface DataMap {
    /** The engine leaves the file unread: the lint plugin streams it from disk. */
    officialeseStreamed: boolean
  }
}

/**
 * Mark the plain-text files named on the command line that are at least
 * `threshold` bytes long: each becomes a VFile with an empty value (so the
 * engine does not read it) that the lint plugin checks from disk as a stream.
 * Fixing needs the whole text, so nothing is marked when fixing; files found
 * by walking a folder are read whole by the engine.
 */
export async function markStreamedFiles(
  paths: ReadonlyArray<string | VFile>,
  settings: {format?: Format; cwd: string; threshold: number}
): Promise<Array<string | VFile>> {
  return Promise.all(
    paths.map(async function (given) {
      if (typeof given !== 'string') return given
      const probe = new VFile({path: given})
      if ((settings.format ?? formatOf(probe)) !== 'text') return given
      // Absolute: the engine makes a given file's path relative to its own folder.
      const absolute = path.resolve(settings.cwd, given)
      try {
        const stats = await stat(absolute)
        if (!stats.isFile() || stats.size < settings.threshold) return given
      } catch {
        // A glob, or a path the engine reports on itself.
        return given
      }
      return new VFile({path: absolute, cwd: settings.cwd, value: '', data: {officialeseStreamed: true}})
    })
  )
}

/** What came of streaming one file: its findings, or why it was not checked. */
export interface StreamedOutcome {
  messages: VFileMessage[]
  skipped?: string
  empty?: boolean
}

/**
 * Check a plain-text file from disk a chunk at a time: the same findings as
 * reading it whole, and the same refusals (binary, UTF-16, not UTF-8), found
 * as the bytes arrive instead of by reading the file twice.
 */
export async function checkStreamedFile(filePath: string, options: Options): Promise<StreamedOutcome> {
  limitHeapGrowth()
  const text = decodeChecked(createReadStream(filePath))
  const messages: VFileMessage[] = []
  try {
    for await (const message of checkStream(text.chunks, {...options, format: 'text', path: filePath})) {
      messages.push(message)
    }
  } catch (error) {
    if (error instanceof NotText) return {messages: [], skipped: error.message}
    throw error
  }
  if (!text.hasContent()) return {messages: [], empty: true}
  return {messages: messages.sort(byPlace)}
}

/**
 * Streaming keeps little alive (a paragraph's tree, the rules' document
 * state, the findings), but each paragraph's tree outlives a young-generation
 * collection, so the old generation fills with garbage, and V8 lets it grow
 * to several times what is alive before compacting: 64 MB of text peaked at
 * 340 MB. Growing it by half at a time keeps that run near 230 MB for about a
 * tenth more time. V8 reads this setting at each collection, so it can be set
 * while running; it is set only once a file is streamed, since a run that
 * reads every file whole holds them all and would pay the extra collections
 * for nothing.
 */
function limitHeapGrowth(): void {
  if (heapGrowthLimited) return
  heapGrowthLimited = true
  setFlagsFromString('--heap-growing-percent=50')
}

let heapGrowthLimited = false

class NotText extends Error {}

// Decoded strictly, keeping a byte order mark as the engine's own read does,
// so that offsets agree with checking the whole text. The refusals match
// those of a whole read: a NUL byte anywhere makes a binary file, even after
// bytes that are not UTF-8.
function decodeChecked(bytes: AsyncIterable<Buffer>): {chunks: AsyncGenerator<string>; hasContent(): boolean} {
  let content = false
  return {
    chunks: (async function* () {
      const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
      let first = true
      let valid = true
      for await (const chunk of bytes) {
        if (first && startsWithUtf16Mark(chunk)) throw new NotText('UTF-16 text, expected UTF-8')
        first = false
        if (chunk.includes(0)) throw new NotText('binary file')
        if (!valid) continue
        const text = decode(decoder, chunk)
        if (text === undefined) {
          valid = false
          continue
        }
        content ||= /\S/.test(text)
        yield text
      }
      const rest = valid ? decode(decoder) : undefined
      if (rest === undefined) throw new NotText('not UTF-8 text')
      yield rest
    })(),
    hasContent: () => content
  }
}

function startsWithUtf16Mark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

// `undefined` for bytes that are not UTF-8.
function decode(decoder: TextDecoder, chunk?: Buffer): string | undefined {
  try {
    return chunk ? decoder.decode(chunk, {stream: true}) : decoder.decode()
  } catch {
    return undefined
  }
}
