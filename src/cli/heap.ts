import {setFlagsFromString} from 'node:v8'

/**
 * Checking keeps little alive (a paragraph's tree, the rules' document
 * state, the findings), but each paragraph's tree outlives a young-generation
 * collection, so the old generation fills with garbage, and V8 lets it grow
 * to several times what is alive before compacting: streaming 64 MB of text
 * peaked at 340 MB, and 100 MB in 2,000 files at over 430 MB. Growing it by
 * `percent` at a time instead (50 keeps the stream near 230 MB for about a
 * tenth more time; 25 keeps the 2,000 files under 400 MB) trades a few more
 * collections for memory. V8 reads this setting at each collection, so it
 * can be set while running, and it holds for the worker threads too. The
 * smallest percentage asked for holds.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent >= heapGrowingPercent) return
  heapGrowingPercent = percent
  setFlagsFromString(`--heap-growing-percent=${percent}`)
}

let heapGrowingPercent = Number.POSITIVE_INFINITY
