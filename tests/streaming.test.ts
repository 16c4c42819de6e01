import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import v8 from 'node:v8'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {checkStream, checkStreamToFile, checkSync, rules} from '../src/index.js'
import {byPlace, streamStatistics} from '../src/stream.js'

// Whatever the pieces a document arrives in, its messages are those of the
// whole text: same rule, place, reason, replacements and fix level.

const seed = readFileSync('examples/party-building.txt', 'utf8')

function fields(messages: readonly VFileMessage[]): unknown[] {
  return [...messages].sort(byPlace).map((message) => [
    message.ruleId,
    message.place && 'start' in message.place ? [message.place.start, message.place.end] : undefined,
    message.reason,
    message.actual,
    message.expected,
    message.autofix,
    message.fatal,
    message.category
  ])
}

// Deterministic pseudo-random numbers, so that a failure can be replayed.
function random(seedValue: number): () => number {
  let value = seedValue >>> 0
  return () => {
    value = (Math.imul(value ^ (value >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0
    return value / 4294967296
  }
}

/** `text` cut at random places (inside surrogate pairs too), pieces of 1 to `longest` characters. */
function stringChunks(text: string, next: () => number, longest: number): string[] {
  return randomPieces(text, next, longest)
}

/** UTF-8 bytes of `text` cut at random places (inside multi-byte sequences too). */
function byteChunks(text: string, next: () => number, longest: number): Uint8Array[] {
  return randomPieces(new TextEncoder().encode(text), next, longest)
}

function randomPieces<Value extends string | Uint8Array>(value: Value, next: () => number, longest: number): Value[] {
  const pieces: Value[] = []
  for (let from = 0; from < value.length; ) {
    const to = Math.min(value.length, from + 1 + Math.floor(next() * longest))
    pieces.push(value.slice(from, to) as Value)
    from = to
  }
  return pieces
}

async function streamed(chunks: Iterable<string | Uint8Array>): Promise<VFileMessage[]> {
  const messages: VFileMessage[] = []
  // A Node stream, read asynchronously as a file or socket would be.
  for await (const message of checkStream(Readable.from(chunks, {objectMode: true}))) messages.push(message)
  return messages
}

async function expectSameEverywhere(text: string, seedValue: number): Promise<void> {
  const whole = fields(checkSync(text).messages)
  const next = random(seedValue)
  const inPieces = await checkStreamToFile(stringChunks(text, next, 1 + Math.floor(next() * 4000)))
  expect(fields(inPieces.messages)).toEqual(whole)
  expect(fields(await streamed(byteChunks(text, next, 1 + Math.floor(next() * 4000))))).toEqual(whole)
}

// Documents made of every rule's documented examples, which hold exactly what
// the rules look for: joined by blank lines and by single line breaks.
function exampleDocuments(): string[] {
  const inputs = Object.values(rules).flatMap((rule) => rule.meta.examples.filter((example) => !example.format || example.format === 'text').map((example) => example.input))
  const documents: string[] = []
  for (let index = 0; index < inputs.length; index += 40) {
    const block = inputs.slice(index, index + 40)
    documents.push(block.join('\n\n'), block.join('\n'))
  }
  return documents
}

describe('checkStream', () => {
  it('finds in the seed what the whole text gives, however it is cut', async () => {
    expect(checkSync(seed).messages.length).toBeGreaterThan(0)
    for (let run = 1; run <= 8; run++) await expectSameEverywhere(seed, run)
  })

  it('finds in documents of the rules’ examples what the whole text gives', async () => {
    const documents = exampleDocuments()
    for (const [index, document] of documents.entries()) await expectSameEverywhere(document, 100 + index)
  })

  it('finds in generated inputs what the whole text gives', async () => {
    const next = random(7)
    const pieces = [
      'Two is to strengthen the Party. ',
      'the the ',
      '“quoted ',
      '" straight" ',
      'He said that that was final. ',
      '\n',
      '\n\n',
      '\r\n',
      '  \n  \n',
      'Secretary of the county Party committee Li Ming said. ',
      '（一）',
      '😀 ',
      'First, ',
      'Second, ',
      'new crown pneumonia ',
      '\t',
      '\r',
      '\u3000',
      '\nEditor: Li Ming\n',
      '\n“He said so.\n\n',
      'Party building, party building. ',
      'Two is to implement.\nFour is to act.\n'
    ]
    for (let run = 0; run < 60; run++) {
      let text = ''
      const length = Math.floor(next() * 400)
      for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)]!
      await expectSameEverywhere(text, 1000 + run)
    }
  })

  it('checks a large document batch by batch with the same messages', async () => {
    const text = Array.from({length: 40}, () => seed).join('\n\n')
    await expectSameEverywhere(text, 42)
  })

  it('keeps no more than a window of a large document', async () => {
    // 8 MB of paragraphs, each with a finding reported at once (a repeated
    // word), made chunk by chunk so that the test itself holds no copy.
    const chunkLength = 1 << 16
    const target = 8 * 1024 * 1024
    const paragraphs = [
      'The county committee met on Monday and the the delegates discussed the plan for the coming year.',
      'Officials said that that the new measures would take effect in spring, after a public consultation.',
      'Farmers in the the region reported a good harvest, and prices stayed steady through the autumn.'
    ]
    v8.setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const heapUsed = () => {
      gc()
      return process.memoryUsage().heapUsed
    }
    // Heap in use after each megabyte; the first is taken once the code of
    // every rule has run (compiled code is not the document's).
    const samples: number[] = []
    let count = 0
    function* chunks(): Generator<string> {
      let pending = ''
      for (let sent = 0; sent < target; sent += chunkLength) {
        while (pending.length < chunkLength) pending += paragraphs[count++ % paragraphs.length] + (count % 5 ? '\n' : '\n\n')
        yield pending.slice(0, chunkLength)
        pending = pending.slice(chunkLength)
        if (sent % (1 << 20) === 0 && sent > 0) samples.push(heapUsed())
      }
    }
    streamStatistics.peakHeld = 0
    let messages = 0
    for await (const _message of checkStream(chunks())) messages++
    expect(messages).toBeGreaterThan(count / 2)
    // The window: a chunk, and the paragraphs around its edges.
    expect(streamStatistics.peakHeld).toBeLessThan(2 * chunkLength)
    // Reading the whole text first would take at least 8 MB of it; the
    // rest is noise (code optimised on the way, caches).
    expect(Math.max(...samples) - samples[0]!).toBeLessThan(6 * 1024 * 1024)
  })

  it('reads Markdown whole, as check does', async () => {
    const text = '# Title\n\nThe the meeting was held.\n\n`code code` and “quotes.\n'
    const whole = fields(checkSync(text, {format: 'markdown'}).messages)
    const messages: VFileMessage[] = []
    for await (const message of checkStream(stringChunks(text, random(3), 5), {format: 'markdown'})) messages.push(message)
    expect(fields(messages)).toEqual(whole)
  })

  it('yields nothing for an empty stream', async () => {
    const messages: VFileMessage[] = []
    for await (const message of checkStream([])) messages.push(message)
    expect(messages).toEqual([])
  })
})
