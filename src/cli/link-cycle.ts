import {realpathSync} from 'node:fs'
import path from 'node:path'

/**
 * Whether `filePath` is reached through a folder that links back to one of its
 * own ancestors (`docs/self -> .`): searching follows such a link forty levels
 * deep, so every file would be reported again at each level. The first path
 * to a file, without the loop, is the one that counts.
 */
export function insideLinkCycle(filePath: string, cwd: string): boolean {
  const absolute = path.resolve(cwd, filePath)
  const {root} = path.parse(absolute)
  const segments = absolute.slice(root.length).split(path.sep).slice(0, -1)
  const seen = new Set<string>()
  let prefix = root
  for (const segment of segments) {
    prefix = path.join(prefix, segment)
    let real: string
    try {
      real = realpathSync(prefix)
    } catch {
      // Past the depth the system resolves: a loop for certain.
      return seen.size > 0
    }
    if (seen.has(real)) return true
    seen.add(real)
  }
  return false
}
