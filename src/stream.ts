import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkSync, withGlossaryLoaded} from './check.js'
import {resolveRules, type Options} from './options.js'
import {forEachTextParagraphRange} from './format.js'
import {resolveGlossary} from './glossary/index.js'
import {translationFormatOf} from './bilingual/formats.js'
import {byPlace, createRunner, formatOf, type RunnerSource} from './runner.js'

export {byPlace} from './runner.js'

/** Options of `checkStream`: those of `check`, and the path the messages name. */
export interface StreamOptions extends Options {
  /** File path of the document (its extension picks the format unless `format` is given). */
  path?: string
}

/** A document arriving in pieces: strings, or bytes of UTF-8 cut anywhere. */
export type Chunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

/**
 * How much of a streamed document was held at once, for tests and benchmarks:
 * the most characters the window ever kept (the paragraph before, the one being
 * read, and the rest of the last chunk).
 */
export const streamStatistics = {peakHeld: 0}

/**
 * Check a document that arrives in chunks: the same messages `check` gives
 * for the whole text, yielded as each chunk's paragraphs are read. Chunks of
 * bytes may split a UTF-8 sequence. Plain text is read a paragraph at a time
 * and only a window is kept (see `SourceWindow`: the paragraph before the one
 * being read, that one, the break after it, and the rest of the last chunk),
 * so memory stays flat whatever the length; a paragraph is read once the line
 * break after it has arrived. Messages of one chunk come in source order; a
 * finding a rule can only make later (an unclosed quotation, a term spelled
 * two ways) comes when it is known, at the latest at the end.
 * Markdown and HTML are read to their end and parsed whole, as `check` does.
 */
export async function* checkStream(chunks: Chunks, options: StreamOptions = {}): AsyncGenerator<VFileMessage> {
  const loaded = await withGlossaryLoaded(options)
  const file = new VFile({path: options.path})
  const format = loaded.format ?? formatOf(file)
  // A translation file, and a document paired with its original, are read whole: their targets need the whole file.
  if (format !== 'text' || translationFormatOf(options.path) || loaded.sourceText !== undefined) {
    const whole = new VFile({value: await readText(chunks), path: options.path})
    yield* checkSync(whole, {...loaded, format}).messages
    return
  }

  const window = createWindow()
  const runner = createRunner(window, file, resolveRules(loaded), format, resolveGlossary(loaded.glossary))
  let index = 0
  let previousStart: number | undefined
  let previousEnd: number | undefined
  // Where the next scan for paragraphs starts: the end of the last paragraph
  // read, so that the break after it is scanned again with what follows.
  let scanFrom = 0

  const decoder = new TextDecoder('utf-8')
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true})
    if (text.length === 0) continue
    window.append(text)
    readParagraphs(window.lastLineBreakEnd())
    yield* drain(file)
  }
  window.append(decoder.decode())
  window.finish()
  readParagraphs(window.length)
  runner.end()
  yield* drain(file)

  // The paragraphs from `scanFrom` to `cut`: each ends at a line break before
  // `cut` (or at the end of the document), so it is complete.
  function readParagraphs(cut: number): void {
    if (cut <= scanFrom) return
    const base = scanFrom
    forEachTextParagraphRange(window.slice(base, cut), (range) => {
      const start = range.start + base
      const end = range.end + base
      const point = window.toPoint(start)
      runner.textParagraph({start, end, line: point.line, column: point.column}, index++, previousEnd)
      previousStart = start
      previousEnd = end
    })
    if (previousEnd !== undefined) scanFrom = previousEnd
    // The next paragraph's window starts at the last one read.
    window.dropBefore(previousStart ?? scanFrom)
  }
}

/** Collect the messages of `checkStream` in a VFile, sorted as `check` sorts them. */
export async function checkStreamToFile(chunks: Chunks, options: StreamOptions = {}): Promise<VFile> {
  const messages: VFileMessage[] = []
  for await (const message of checkStream(chunks, options)) messages.push(message)
  const file = new VFile({path: options.path})
  file.messages = messages.sort(byPlace)
  return file
}

function* drain(file: VFile): Generator<VFileMessage> {
  if (file.messages.length === 0) return
  const found = file.messages.sort(byPlace)
  file.messages = []
  yield* found
}

interface StreamWindow extends RunnerSource {
  append(text: string): void
  /** No more text comes: a final carriage return ends a line. */
  finish(): void
  /** Offset just after the last line break received (0 when there is none). */
  lastLineBreakEnd(): number
  /** Let go of the text before `offset`. */
  dropBefore(offset: number): void
}

/**
 * The part of a streamed document still held, by offsets into the whole
 * document, and where its lines start: line starts take 8 bytes a line, so any
 * offset ever received maps to a point, also for findings reported at the end.
 */
function createWindow(): StreamWindow {
  let held = ''
  // Offset of `held[0]` in the document.
  let base = 0
  let length = 0
  let finished = false
  let lastBreakEnd = 0
  let lineStarts = new Float64Array(1024)
  let lines = 1
  // Line breaks are counted up to here; a carriage return at the end of what
  // has arrived waits for the next character (`\r\n` is one break).
  let counted = 0

  return {
    get length() {
      return length
    },
    append(text) {
      held += text
      length += text.length
      countLines()
      streamStatistics.peakHeld = Math.max(streamStatistics.peakHeld, held.length)
    },
    finish() {
      finished = true
      countLines()
    },
    lastLineBreakEnd() {
      return lastBreakEnd
    },
    dropBefore(offset) {
      if (offset <= base) return
      held = held.slice(offset - base)
      base = offset
    },
    slice(start, end) {
      const from = Math.max(0, start)
      const to = Math.min(length, Math.max(from, end))
      if (from < base) {
        throw new Error(`checkStream: the text at ${start}-${end} has left the window (it starts at ${base})`)
      }
      return detach(held.slice(from - base, to - base))
    },
    toPoint(offset) {
      let low = 0
      let high = lines - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (lineStarts[middle]! <= offset) low = middle
        else high = middle - 1
      }
      return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
    }
  }

  function countLines(): void {
    const end = finished ? length : length - (held.charCodeAt(held.length - 1) === 13 ? 1 : 0)
    for (let offset = counted; offset < end; offset++) {
      const code = held.charCodeAt(offset - base)
      if (code === 10 || (code === 13 && held.charCodeAt(offset - base + 1) !== 10)) addLine(offset + 1)
      if (code === 10 || code === 13) lastBreakEnd = offset + 1
    }
    counted = Math.max(counted, end)
  }

  function addLine(start: number): void {
    if (lines === lineStarts.length) {
      const grown = new Float64Array(lineStarts.length * 2)
      grown.set(lineStarts)
      lineStarts = grown
    }
    lineStarts[lines++] = start
  }
}

/**
 * A copy of `text` that does not keep the chunk it was cut from alive: V8
 * shares the memory of a long slice with its parent, and a rule that keeps a
 * few words of every paragraph would otherwise keep every chunk.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

async function readText(chunks: Chunks): Promise<string> {
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  for await (const chunk of chunks) {
    parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true}))
  }
  parts.push(decoder.decode())
  return parts.join('')
}
