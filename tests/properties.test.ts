import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyEdits, checkSync, fixSync, rules} from '../src/index.js'
import {format, hostileText, markedDocument, piece, preset} from './arbitraries.js'
import {checkDoesNotThrow, markupIsNeverEdited, placesAreExact, takenEdits, textProperties, type Setup} from './properties.js'

// Run counts are kept small: CI has two cores and one budget for every test.
// `npm run fuzz` runs the same properties on as many inputs as you like.
const seed = Number(process.env.PROPERTY_SEED ?? 20_240_917)

function holds(outcome: {property: string; detail: string} | undefined): boolean {
  if (outcome) throw new Error(`${outcome.property}: ${outcome.detail}`)
  return true
}

describe('check', () => {
  it('never throws, and every message sits exactly on its `actual` (both presets, every format)', () => {
    fc.assert(
      fc.property(hostileText, format, preset, (value, format, preset) => {
        const checked = checkDoesNotThrow(value, {format, preset})
        if ('property' in checked) return holds(checked)
        return holds(placesAreExact(value, checked.file))
      }),
      {seed, numRuns: 1000}
    )
  })

  it('accepts a lone byte order mark, lone surrogates and empty documents', () => {
    for (const value of ['', '\ufeff', '\ud800', '\u0000', '\r', '\r\n\r\n', ' ', '\u3000']) {
      for (const format of ['text', 'markdown', 'html'] as const) {
        for (const preset of ['recommended', 'publication'] as const) {
          expect(() => checkSync(value, {format, preset}), `${JSON.stringify(value)} as ${format}`).not.toThrow()
          expect(() => fixSync(value, {format, preset, apply: 'all'})).not.toThrow()
        }
      }
    }
  })
})

describe('fix', () => {
  it('is idempotent, edits nothing outside its edits, and no fix makes its rule fire again (both presets)', () => {
    fc.assert(
      fc.property(hostileText, format, preset, (value, format, preset) => holds(textProperties(value, {format, preset}))),
      {seed, numRuns: 800}
    )
  })

  // One rule alone may misbehave where the preset hides it behind another rule's edit.
  for (const id of Object.keys(rules)) {
    it(`keeps every property with \`${id}\` alone`, () => {
      fc.assert(
        fc.property(hostileText, format, (value, format) => {
          const setup: Setup = {format, preset: 'none', rule: id}
          return holds(textProperties(value, setup))
        }),
        {seed, numRuns: 150}
      )
    })
  }

  it('never edits Markdown code, inline code, HTML tags or comments', () => {
    fc.assert(
      fc.property(markedDocument, preset, (document, preset) => holds(markupIsNeverEdited(document, {preset}))),
      {seed, numRuns: 500}
    )
  })

  it('never throws when applying every suggestion', () => {
    fc.assert(
      fc.property(hostileText, format, preset, (value, format, preset) => {
        fixSync(value, {format, preset, apply: 'all'})
        return true
      }),
      {seed, numRuns: 100}
    )
  })
})

describe('applyEdits', () => {
  const edit = fc.record({start: fc.nat(40), length: fc.nat(5), text: fc.array(piece, {maxLength: 2}).map((pieces) => pieces.join(''))})

  it('keeps every byte outside the edits it takes, and takes them in order', () => {
    fc.assert(
      fc.property(hostileText, fc.array(edit, {maxLength: 8}), (value, raw) => {
        const edits = raw.map(({start, length, text}) => {
          const from = Math.min(start, value.length)
          return {start: from, end: Math.min(from + length, value.length), text}
        })
        const after = applyEdits(value, edits)
        let expected = ''
        let cursor = 0
        for (const taken of takenEdits(edits)) {
          expected += value.slice(cursor, taken.start) + taken.text
          cursor = taken.end
        }
        return after === expected + value.slice(cursor)
      }),
      {seed, numRuns: 300}
    )
  })
})

describe('inputs the fuzzer found', () => {
  const splitsMarkup = (value: string, file: ReturnType<typeof checkSync>, [from, to]: [number, number]) =>
    file.messages.some((message) => {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      return [place.start.offset, place.end.offset].some((offset) => offset > from && offset < to)
    })

  it('a character reference after a stripped byte order mark is covered whole, and its neighbour kept', () => {
    const value = "\ufeff〖&ldquo;x''"
    for (const preset of ['recommended', 'publication'] as const) {
      const file = checkSync(value, {format: 'markdown', preset})
      expect(splitsMarkup(value, file, [2, 9])).toBe(false)
      expect(String(fixSync(value, {format: 'markdown', preset}))).toContain('〖&ldquo;')
    }
  })

  it('an escape is covered whole', () => {
    const value = 'a \\* b &amp; c the the d'
    const file = checkSync(value, {format: 'markdown', preset: 'publication'})
    expect(splitsMarkup(value, file, [2, 4])).toBe(false)
    expect(splitsMarkup(value, file, [7, 12])).toBe(false)
  })

  it('a line break element does not pull later words into code', () => {
    const value = '<p><br>x the the </p>\n\n<p><code> the the</code></p>\n'
    const fixed = String(fixSync(value, {format: 'html', preset: 'none', rules: {'repeated-word': 'warn'}}))
    expect(fixed).toBe('<p><br>x the </p>\n\n<p><code> the the</code></p>\n')
  })
})
