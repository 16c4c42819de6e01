import path from 'node:path'
import {byPath} from './files.js'

/** One part of a run split over several machines (`--shard <index>/<count>`). */
export interface Shard {
  /** From 1 to `count`. */
  index: number
  count: number
}

/**
 * The files of shard `index` of `count`: the files are sorted by their path
 * relative to the working folder (with `/` between folders, whatever the
 * system) and dealt out in turn, the first to shard 1, the second to shard
 * 2, and so on. Every machine of a CI matrix that checks out the same files
 * makes the same split, so each file is checked in exactly one shard, and
 * the shards differ in size by one file at most.
 */
export function pickShard<Item>(items: readonly Item[], pathOf: (item: Item) => string, shard: Shard, cwd: string): Item[] {
  const keyed = items.map((item) => ({item, key: path.relative(cwd, path.resolve(cwd, pathOf(item))).split(path.sep).join('/')}))
  keyed.sort((left, right) => byPath(left.key, right.key))
  return keyed.filter((_entry, position) => position % shard.count === shard.index - 1).map((entry) => entry.item)
}
