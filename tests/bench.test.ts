import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

// `npm run bench` at a tiny size: every tool runs, in its own process, and
// the table has a row for each (the real sizes take minutes; see README).
describe('npm run bench', () => {
  it('prints the table at a tiny size', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--sizes', '0.02', '--files', '3', '--file-kb', '5', '--markdown'],
      {encoding: 'utf8', timeout: 55_000}
    )
    expect(output).toMatch(/^Machine: /)
    expect(output).toContain('| tool | MB | seconds | MB/s |')
    for (const tool of [
      'retext-english, whole document',
      'retext-english, paragraph by paragraph',
      'retext-repeated-words + retext-quotes + retext-sentence-spacing',
      'textlint + no-unmatched-pair',
      'retext-officialese, recommended preset, checkSync',
      'retext-officialese, recommended preset, checkStream (file stream)',
      'officialese CLI, one file (streamed from 8 MB)',
      'officialese CLI, --jobs 1',
      'officialese CLI, --jobs 2'
    ]) {
      const row = output.split('\n').find((line) => line.startsWith(`| ${tool}`))
      expect(row, tool).toBeDefined()
      // seconds, MB/s and peak RSS are numbers.
      const cells = row!.split('|').map((cell) => cell.trim())
      expect(Number(cells[3]), `${tool} seconds`).toBeGreaterThan(0)
      expect(Number(cells[6]), `${tool} RSS`).toBeGreaterThan(0)
    }
  }, 60_000)
})
