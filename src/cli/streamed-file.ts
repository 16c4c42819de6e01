import {createReadStream} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Options} from '../options.js'
import {formatOf} from '../runner.js'
import type {Format} from '../rule.js'
import {byPlace, checkStream} from '../stream.js'
import {limitHeapGrowth} from './heap.js'

/**
 * Plain-text files at least this large (in bytes) are checked as a stream
 * instead of being read whole, so the CLI's memory stays flat however large
 * a file is. Below it, reading whole is as fast and lets the file be fixed.
 */
export const defaultStreamBytes = 8 * 1024 * 1024

/**
 * Extensions of the plain-text files that may be streamed. Other files read as
 * text by default — translation files (`.po`, `.xlf`, `.jsonl`…) among
 * them — are read whole, since their checking needs the whole document.
 */
const plainTextExtensions = new Set(['.txt', '.text'])

/**
 * Whether to check a file as a stream rather than read it whole: a plain-text
 * file (by `--format text` or a `.txt`-like extension) at least `threshold`
 * bytes long, when not fixing (fixing needs the whole text).
 */
export function streamsFile(filePath: string, size: number, settings: {format?: Format; fixing: boolean; threshold: number}): boolean {
  if (settings.fixing || size < settings.threshold) return false
  const extension = path.extname(filePath).toLowerCase()
  if (!plainTextExtensions.has(extension) && !(settings.format === 'text' && extension === '')) return false
  return (settings.format ?? formatOf(new VFile({path: filePath}))) === 'text'
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
  limitHeapGrowth(50)
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
