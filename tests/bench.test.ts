import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

// `npm run bench` at a tiny size: every tool runs, in its own process, and
// the table has a row for each (the real sizes take minutes; see README).
describe('npm run bench', () => {
  it('prints the table at a tiny size', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--sizes', '0.02', '--files', '3', '--file-kb', '5', '--markdown'],
      {encoding: 'utf8', timeout: 110_000, env: {...process.env, BENCH_WARM_RUNS: '1'}}
    )
    expect(output).toMatch(/^Machine: /)
    expect(output).toContain('| tool | MB | first run (s) | MB/s, first run | MB/s, warm |')
    for (const tool of [
      'retext-english, whole document',
      'retext-english, paragraph by paragraph',
      'retext-repeated-words + retext-quotes + retext-sentence-spacing',
      'textlint + no-unmatched-pair',
      'retext-officialese, recommended preset, checkSync',
      'retext-officialese, recommended preset, checkStream (file stream)',
      'officialese CLI, one file (streamed from 8 MB)',
      'officialese CLI, --jobs 1',
      'officialese CLI, --jobs 2',
      'ceiling: two CLI processes at once, --jobs 1, half the files each'
    ]) {
      const row = output.split('\n').find((line) => line.startsWith(`| ${tool}`))
      expect(row, tool).toBeDefined()
      // The first run's seconds and MB/s and the peak RSS are numbers; the
      // library's own rows also have a warm throughput.
      const cells = row!.split('|').map((cell) => cell.trim())
      expect(Number(cells[3]), `${tool} seconds`).toBeGreaterThan(0)
      expect(Number(cells[4]), `${tool} MB/s`).toBeGreaterThan(0)
      expect(Number(cells[7]), `${tool} RSS`).toBeGreaterThan(0)
      if (tool.startsWith('retext-officialese')) expect(Number(cells[5]), `${tool} warm MB/s`).toBeGreaterThan(0)
    }
  }, 120_000)
})
