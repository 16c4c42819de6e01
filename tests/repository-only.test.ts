import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// A clone has nothing beside it: a test that reads a file outside the
// repository passes on one machine and fails on a fresh clone. A path that
// climbs out of the repository to the corpus folder beside it, three levels up
// from a test folder, or by joining two parent folders may appear in no test.

function testFiles(directory: string): string[] {
  return readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path)
    return /\.(?:ts|js|mjs)$/.test(entry.name) ? [path] : []
  })
}

const outside = [
  /['"`]\.\.\/shared\b/,
  /\.\.\/\.\.\/\.\.\//,
  /['"]\.\.['"],\s*['"]\.\.['"]/,
  /\bshared\/(?:seed|corpus)\b/
]

describe('tests read only the repository', () => {
  it('names no path outside the repository', () => {
    const offending: string[] = []
    for (const path of testFiles('tests')) {
      if (path.endsWith('repository-only.test.ts')) continue
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // Comments may speak of the corpus beside the repository.
          if (/^\s*(?:\/\/|\*)/.test(line)) return
          if (outside.some((pattern) => pattern.test(line))) offending.push(`${path}:${index + 1}: ${line.trim()}`)
        })
    }
    expect(offending).toEqual([])
  })

  it('catches a test that reads the seed beside the repository', () => {
    // Built from pieces, so that this file holds no such path itself.
    const line = `const seed = readFileSync('${'..'}/${'shared'}/seed/party-building.txt', 'utf8')`
    expect(outside.some((pattern) => pattern.test(line))).toBe(true)
  })
})
