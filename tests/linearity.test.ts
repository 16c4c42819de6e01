import {describe, expect, it} from 'vitest'
import {checkSync, fixSync, type Format} from '../src/index.js'
import {pathological} from './pathological.js'

// Work must grow linearly with the input: checking an input four times as
// large may take at most eight times as long (the best of a few tries, so that
// a busy machine does not decide). Behaviour, not speed: the sizes are small
// enough for CI; `ROBUSTNESS_FULL=1` measures at 256 kB and 1 MB instead.
const full = Boolean(process.env.ROBUSTNESS_FULL)
const small = full ? 262_144 : 16_384
const growth = 4
const bound = 8

function fastest(work: () => void, tries: number): number {
  let best = Infinity
  for (let index = 0; index < tries; index++) {
    const started = performance.now()
    work()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/** How much longer the large input takes than the small one, at best over a few rounds. */
function slowdown(make: (size: number) => string, run: (value: string) => void): number {
  const smallInput = make(small)
  const largeInput = make(small * growth)
  run(smallInput)
  let ratio = Infinity
  for (let round = 0; round < 3 && ratio >= bound; round++) {
    // A floor of a few milliseconds keeps timer noise out of the ratio.
    const base = Math.max(fastest(() => run(smallInput), 2), 4)
    ratio = Math.min(ratio, fastest(() => run(largeInput), full ? 1 : 2) / base)
  }
  return ratio
}

describe('checking pathological input takes linear time', () => {
  for (const [name, make] of Object.entries(pathological)) {
    it(name, () => {
      const ratio = slowdown(make, (value) => checkSync(value, {preset: 'publication'}))
      expect(ratio, `${growth}× the input took ${ratio.toFixed(1)}× as long`).toBeLessThan(bound)
    })
  }

  for (const format of ['markdown', 'html'] as const) {
    it(`a paragraph with no full stop, as ${format}`, () => {
      const make = pathological['a paragraph with no full stop']!
      const ratio = slowdown(make, (value) => checkSync(value, {preset: 'publication', format}))
      expect(ratio).toBeLessThan(bound)
    })
  }

  it('fixing many quotes and repeated words', () => {
    const make = (size: number) => 'He said "the the" and ‘they they’. '.repeat(Math.ceil(size / 36))
    const ratio = slowdown(make, (value) => fixSync(value, {preset: 'publication'}))
    expect(ratio).toBeLessThan(bound)
  })
})

describe('giant paragraphs and tokens', () => {
  // Larger than the parser can spread into one call (about 120,000 parts).
  const giantToken = 'w.'.repeat(200_000)

  for (const format of ['text', 'markdown', 'html'] as Format[]) {
    it(`a 400 kB token does not overflow the stack (${format})`, () => {
      expect(() => checkSync(giantToken, {format, preset: 'publication'})).not.toThrow()
    })
  }

  it('a paragraph parsed in chunks keeps every position', () => {
    const sentence = 'The Party Party shall carry forward the spirit of the new era. '
    const value = sentence.repeat(Math.ceil(70_000 / sentence.length))
    const file = checkSync(value, {preset: 'none', rules: {'repeated-word': 'warn'}})
    expect(file.messages.length).toBeGreaterThan(1000)
    for (const message of file.messages) {
      const place = message.place as {start: {offset: number; column: number}; end: {offset: number}}
      expect(message.actual).toBe('Party Party')
      expect(value.slice(place.start.offset, place.end.offset)).toBe('Party Party')
      expect(place.start.column).toBe(place.start.offset + 1)
    }
  })
})
