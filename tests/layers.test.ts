import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const sourceRoot = path.resolve(import.meta.dirname, '../src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

// Every relative import, type-only ones included: a type cycle still ties the layers together.
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found: string[] = []
  for (const match of text.matchAll(/^(?:import|export)[^;]*?from '(\.{1,2}\/[^']+)'/gm)) {
    found.push(path.resolve(path.dirname(file), match[1]!.replace(/\.js$/, '.ts')))
  }
  return found
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const trail: string[] = []
  function visit(node: string): string[] | undefined {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node]
    state.set(node, 'open')
    trail.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    trail.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

describe('source layers', () => {
  const graph = new Map(sourceFiles(sourceRoot).map((file) => [file, importsOf(file)]))

  it('has no import cycle', () => {
    const cycle = findCycle(graph)
    expect(cycle?.map((file) => path.relative(sourceRoot, file)).join(' → ')).toBeUndefined()
  })

  it('finds a cycle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a'])
  })

  it('keeps the rule contract free of anything that runs', () => {
    const contract = path.join(sourceRoot, 'rule.ts')
    const text = readFileSync(contract, 'utf8')
    const valueImports = [...text.matchAll(/^import (?!type )[^;]*from '(\.[^']+)'/gm)].map((match) => match[1])
    expect(valueImports).toEqual([])
  })
})
