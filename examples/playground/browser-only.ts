import {builtinModules} from 'node:module'
import {relative} from 'node:path'
import type {Plugin} from 'vite'

const builtins = new Set(builtinModules)

/**
 * Fail the build when a Node built-in is statically reachable from the page
 * or its worker: the library must run in browsers. A module loaded with a
 * dynamic `import()` (the glossary file reader, say) may use Node, because it
 * runs only when it is given a file path.
 */
export function browserOnly(): Plugin {
  // Which built-in names each module asks for, to name them in the error.
  const requested = new Map<string, Set<string>>()
  return {
    name: 'officialese:browser-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if ((options as {kind?: string}).kind === 'dynamic-import') return null
      if (importer && (source.startsWith('node:') || builtins.has(source.split('/')[0]!))) {
        requested.set(importer, (requested.get(importer) ?? new Set()).add(source))
      }
      return null
    },
    buildEnd(error) {
      if (error) return
      const parentOf = new Map<string, string | undefined>()
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      for (const id of queue) parentOf.set(id, undefined)
      while (queue.length > 0) {
        const id = queue.shift()!
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) {
          if (next.includes('__vite-browser-external')) {
            const names = [...(requested.get(id) ?? [])].map((name) => `\`${name}\``).join(', ')
            this.error(
              `${names || 'A Node built-in'} is imported statically, so the browser cannot load it: ${chainTo(id, parentOf)}`
            )
          }
          if (parentOf.has(next)) continue
          parentOf.set(next, id)
          queue.push(next)
        }
      }
    }
  }
}

function chainTo(id: string, parentOf: ReadonlyMap<string, string | undefined>): string {
  const chain: string[] = []
  for (let current: string | undefined = id; current !== undefined; current = parentOf.get(current)) {
    chain.unshift(relative(process.cwd(), current))
  }
  return chain.join(' → ')
}
