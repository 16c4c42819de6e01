import type {Root as MdastRoot} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {forEachTextParagraphRange} from '../format.js'
import type {Segment} from '../paragraph.js'
import type {Format} from '../rule.js'

/** A document and its original whose paragraphs cannot be paired one to one. */
export class ParagraphCountError extends Error {
  override name = 'ParagraphCountError'
}

/** One paragraph of a document: where it lies, the line it starts on, and its text. */
interface Block {
  start: number
  end: number
  line: number
  text: string
}

/**
 * Pair a document with its original paragraph by paragraph: the segments of
 * the document's paragraphs (plain text: each line holding text; Markdown:
 * each paragraph and heading, in lists and block quotes too), each with the
 * original's paragraph at the same place. Throws `ParagraphCountError`,
 * saying where the two seem to part, when the counts differ.
 */
export function pairWithSource(document: string, source: string, format: Format): Segment[] {
  if (format === 'html') {
    throw new ParagraphCountError('A document is paired with its source in plain text and Markdown only, not HTML')
  }
  const targets = blocksOf(document, format)
  const sources = blocksOf(source, format)
  if (targets.length !== sources.length) throw new ParagraphCountError(describeMismatch(targets, sources))
  return targets.map((target, index) => ({
    id: String(index + 1),
    source: sources[index]!.text,
    target: document.slice(target.start, target.end),
    start: target.start,
    end: target.end
  }))
}

function blocksOf(value: string, format: Format): Block[] {
  const blocks: Block[] = []
  if (format === 'text') {
    forEachTextParagraphRange(value, (range) => {
      blocks.push({start: range.start, end: range.end, line: range.line, text: value.slice(range.start, range.end)})
    })
    return blocks
  }
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(value) as MdastRoot
  collect(tree as MarkdownNode)
  return blocks

  function collect(node: MarkdownNode): void {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start
      blocks.push({start, end, line: node.position?.start.line ?? 1, text: plainText(node)})
      return
    }
    for (const child of node.children ?? []) collect(child)
  }
}

interface MarkdownNode {
  type: string
  value?: string
  children?: MarkdownNode[]
  position?: {start: {line: number; offset?: number}; end: {offset?: number}}
}

// The prose of a Markdown block: its text and inline code, without markup.
function plainText(node: MarkdownNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  if (node.type === 'break') return '\n'
  return (node.children ?? []).map(plainText).join('')
}

/**
 * Say where two paragraph lists of different lengths part. Judged by length
 * alone (an English paragraph runs about as long, against its original, as
 * the English against the original once the unpaired paragraphs are set
 * aside): the place of the unpaired paragraphs that makes the lengths of the
 * pairs before it (in order) and after it (shifted) agree best.
 */
function describeMismatch(targets: readonly Block[], sources: readonly Block[]): string {
  const counts = `the English has ${plural(targets.length, 'paragraph')} and the source ${sources.length}`
  if (targets.length === 0 || sources.length === 0) return `Cannot pair the document with its source: ${counts}`
  const shift = sources.length - targets.length
  const unpaired = Math.abs(shift)
  const [longer, shorter] = shift > 0 ? [sources, targets] : [targets, sources]
  const best = likeliestGap(targets, sources, shift)
  if (best === undefined) {
    return `Cannot pair the document with its source: ${counts}, and their lengths do not show where they part`
  }
  const [longerName, otherName] = shift > 0 ? ['source', 'English'] : ['English', 'source']
  const first = longer[best]!
  const span = unpaired === 1 ? `${longerName} paragraph ${best + 1}` : `${longerName} paragraphs ${best + 1}–${best + unpaired}`
  const after = best > 0 ? `, after ${otherName} paragraph ${best} (line ${shorter[best - 1]!.line}: “${preview(shorter[best - 1]!.text)}”)` : ''
  const verb = unpaired === 1 ? 'has' : 'have'
  return (
    `Cannot pair the document with its source: ${counts}. Judged by their lengths, they part at ${span} ` +
    `(line ${first.line}: “${preview(first.text)}”), which ${verb} no ${otherName} counterpart${after}`
  )
}

// Past this many paragraphs the length ratio is taken over everything, so
// that finding the gap stays linear (one unpaired paragraph hardly moves it then).
const exactRatioLimit = 2000

// Two places whose lengths agree within this much (a sum of log ratios) are a tie.
const tie = 0.05

// How many paragraphs pair in order before the unpaired ones; `undefined` when two places fit as well.
function likeliestGap(targets: readonly Block[], sources: readonly Block[], shift: number): number | undefined {
  const unpaired = Math.abs(shift)
  const longer = shift > 0 ? sources : targets
  const pairs = Math.min(targets.length, sources.length)
  const lengths = prefixSums(longer.length, (index) => longer[index]!.text.length)
  const targetTotal = total(targets)
  const sourceTotal = total(sources)
  const exact = longer.length <= exactRatioLimit
  let best = 0
  let bestCost = Number.POSITIVE_INFINITY
  let runnerUp = Number.POSITIVE_INFINITY
  for (let gap = 0; gap <= pairs; gap++) {
    const left = exact ? lengths[gap + unpaired]! - lengths[gap]! : 0
    const ratio = shift > 0 ? targetTotal / Math.max(sourceTotal - left, 1) : (targetTotal - left) / Math.max(sourceTotal, 1)
    let cost = 0
    for (let index = 0; index < pairs; index++) {
      const target = shift < 0 && index >= gap ? index + unpaired : index
      const source = shift > 0 && index >= gap ? index + unpaired : index
      cost += Math.abs(Math.log((targets[target]!.text.length + 1) / (ratio * sources[source]!.text.length + 1)))
    }
    if (cost < bestCost) {
      runnerUp = bestCost
      bestCost = cost
      best = gap
    } else if (cost < runnerUp) {
      runnerUp = cost
    }
  }
  return runnerUp - bestCost < tie ? undefined : best
}

function prefixSums(length: number, value: (index: number) => number): number[] {
  const sums = [0]
  for (let index = 0; index < length; index++) sums.push(sums[index]! + value(index))
  return sums
}

function total(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0)
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const characters = [...line]
  return characters.length <= 24 ? line : characters.slice(0, 24).join('') + '…'
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
