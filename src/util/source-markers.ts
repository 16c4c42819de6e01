// The list markers of a Chinese source (一是…, 一要…, 第一，, 首先，…其次，,
// （一）, 一、, ①, 其一, （1）), shared by `list-parity` and the enumeration
// rules that read the source beside the English (`enum-sequence`,
// `enum-cardinal-marker`): they must agree on what the source numbers.

import type {Paragraph, Segment} from '../paragraph.js'

/**
 * How the source numbers an item: `shi` 一是, `yao` 一要, `di` 第一，,
 * `sequence` 首先/其次/再次/最后, `paren` （一）, `dun` 一、, `circled` ①,
 * `qi` 其一, `arabic` （1） or 1、.
 */
export type SourceMarkerKind = 'shi' | 'yao' | 'di' | 'sequence' | 'paren' | 'dun' | 'circled' | 'qi' | 'arabic'

/** One list marker of the source. */
export interface SourceMarker {
  kind: SourceMarkerKind
  /** The number of the item, from 1. */
  value: number
  /** Offsets of the marker in the source text. */
  start: number
  end: number
  /** The marker as written (`五是`, `（三）`). */
  text: string
  /** 最后 ("finally"): the last item of its list. */
  last?: boolean
}

const numeralDigits: Record<string, number> = {一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}

/** The value of a Chinese numeral from 一 to 九十九, or `undefined`. */
export function numeralValue(numeral: string): number | undefined {
  const match = /^([二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral)
  if (!match || numeral.length === 0) return undefined
  const [, tens, ten, units] = match
  if (!ten) return tens && !units ? numeralDigits[tens] : units && !tens ? numeralDigits[units] : undefined
  return (tens ? numeralDigits[tens]! : 1) * 10 + (units ? numeralDigits[units]! : 0)
}

const numeral = '[一二三四五六七八九十]{1,3}'
// 统一是, 唯一是, 周六是, 之一是, 第一要务, 同一要求: these characters before
// the numeral make it part of a word; after another one (做法一是, 我们一要)
// it is a marker.
const wordBefore = /[统唯之周同单第万千百亿零〇期拜初每逐专划其这那哪任]/u
const shiMarker = new RegExp(`(${numeral})是`, 'gu')
const yaoMarker = new RegExp(`(${numeral})要`, 'gu')
// 第一，第二： only with a comma or colon after it; 第一次, 第一名, 第一书记,
// 第一时间 and 安全第一 are no list.
const diMarker = new RegExp(`第(${numeral})(?:[，,：:；]|、(?![一二三四五六七八九十第]))`, 'gu')
const sequenceMarker = /(首先|其次|再次|最后)[，,：:]/gu
const parenMarker = new RegExp(`[（(](${numeral})[）)]`, 'gu')
// 一、 opens a sentence; 一、二月 and 一、二等奖 are numbers.
const dunMarker = new RegExp(`(?:^|[。；：:！？\\s“"])(${numeral})、(?![一二三四五六七八九十月季年日号等级])`, 'gu')
const circledMarker = /[\u2460-\u2473]/gu
const qiMarker = new RegExp(`其(${numeral})[，,：:是]`, 'gu')
const arabicMarker = /(?:[（(](\d{1,2})[）)])|(?:^|[。；：:\s])(\d{1,2})、/gu
const han = /\p{Script=Han}/u

const sequenceValues: Record<string, number> = {首先: 1, 其次: 2, 再次: 3}

/**
 * What the markers of earlier segments of the same document leave for the
 * next one: the last value each kind reached, so that a source opening with
 * 其次， or 第二， continues a list begun before it.
 */
export type SourceListState = Partial<Record<SourceMarkerKind, number>>

/**
 * The list markers of `source`, in order. Markers that need their list to
 * count (一要, 第一, 首先/其次/再次/最后) count only beside a neighbour: in
 * this source, or after the value `state` says an earlier segment reached;
 * a first item whose second comes only in the next segment is confirmed with
 * `confirmFirst` once that segment is read.
 */
export function sourceMarkers(source: string, state: SourceListState = {}): SourceMarker[] {
  const found = candidateMarkers(source, state)
  return found.filter((marker) => confirmed(marker, found, state))
}

/** Every marker candidate of `source`, loose ones unconfirmed. */
function candidateMarkers(source: string, state: SourceListState): SourceMarker[] {
  const found: SourceMarker[] = []
  const add = (kind: SourceMarkerKind, value: number | undefined, start: number, end: number, last?: boolean) => {
    if (value === undefined || value < 1) return
    found.push({kind, value, start, end, text: source.slice(start, end), last})
  }
  const afterWord = (index: number) => index > 0 && han.test(source.charAt(index - 1))
  // 第三条（一）, 表（2）: a numbered part of a law, a table or a figure, no list item.
  const afterReference = (index: number) => index > 0 && /[条款项章节表图件号式]/u.test(source.charAt(index - 1))

  for (const match of source.matchAll(shiMarker)) {
    if (match.index > 0 && wordBefore.test(source.charAt(match.index - 1))) continue
    // 一是一，二是二 ("one is one"): an idiom, no list.
    if (source.startsWith(match[1]!, match.index + match[0].length)) continue
    add('shi', numeralValue(match[1]!), match.index, match.index + match[0].length)
  }
  for (const match of source.matchAll(yaoMarker)) {
    if (match.index > 0 && wordBefore.test(source.charAt(match.index - 1))) continue
    add('yao', numeralValue(match[1]!), match.index, match.index + match[0].length)
  }
  for (const match of source.matchAll(diMarker)) {
    if (afterWord(match.index)) continue
    add('di', numeralValue(match[1]!), match.index, match.index + 1 + match[1]!.length)
  }
  for (const match of source.matchAll(sequenceMarker)) {
    if (afterWord(match.index)) continue
    const word = match[1]!
    add('sequence', sequenceValues[word] ?? 0x7fff, match.index, match.index + 2, word === '最后')
  }
  for (const match of source.matchAll(parenMarker)) {
    if (afterReference(match.index)) continue
    add('paren', numeralValue(match[1]!), match.index, match.index + match[0].length)
  }
  for (const match of source.matchAll(dunMarker)) {
    const start = match.index + match[0].length - match[1]!.length - 1
    add('dun', numeralValue(match[1]!), start, start + match[1]!.length + 1)
  }
  for (const match of source.matchAll(circledMarker)) {
    add('circled', match[0].charCodeAt(0) - 0x245f, match.index, match.index + 1)
  }
  for (const match of source.matchAll(qiMarker)) {
    add('qi', numeralValue(match[1]!), match.index, match.index + 1 + match[1]!.length)
  }
  for (const match of source.matchAll(arabicMarker)) {
    const digits = match[1] ?? match[2]!
    const start = match[1] ? match.index : match.index + match[0].length - digits.length - 1
    if (match[1] && afterReference(start)) continue
    add('arabic', Number(digits), start, match[1] ? match.index + match[0].length : start + digits.length + 1)
  }

  found.sort((a, b) => a.start - b.start)
  numberSequence(found, state)
  return found
}

// 最后 closes the list of 首先/其次 before it: its number follows theirs.
function numberSequence(found: SourceMarker[], state: SourceListState): void {
  let reached = state.sequence ?? 0
  for (const marker of found) {
    if (marker.kind !== 'sequence') continue
    if (marker.last) marker.value = reached + 1
    reached = marker.value
  }
}

// Loose markers need their list: a first item needs its second after it, a
// later one the item before it (再次 is mostly "again", 最后 "last"; 第二，
// after a mark is a list marker alone). 一是, （一）, 一、, ①, 其一 and （1）
// stand alone.
const looseKinds = new Set<SourceMarkerKind>(['yao', 'di', 'sequence'])

function confirmed(marker: SourceMarker, found: SourceMarker[], state: SourceListState): boolean {
  if (!looseKinds.has(marker.kind)) return true
  const sameKind = (other: SourceMarker) => other !== marker && other.kind === marker.kind
  if (marker.value === 1) return found.some((other) => sameKind(other) && other.start > marker.start && other.value === 2)
  if (marker.kind === 'di') return true
  const before = marker.last ? marker.value - 1 : marker.value - 1
  if (marker.last && before === 0) return false
  return (
    found.some((other) => sameKind(other) && other.start < marker.start && other.value === before && confirmed(other, found, state)) ||
    state[marker.kind] === before
  )
}

/**
 * The first items of loose kinds (第一，, 首先，, 一要) that `previous` left
 * unconfirmed, now that `next` opens with their second item.
 */
export function confirmFirst(previous: string, next: string): SourceMarker[] {
  const following = candidateMarkers(next, {})
  const kept = sourceMarkers(previous)
  return candidateMarkers(previous, {}).filter(
    (marker) =>
      marker.value === 1 &&
      looseKinds.has(marker.kind) &&
      !kept.some((other) => other.start === marker.start) &&
      following.find((other) => other.kind === marker.kind)?.value === 2
  )
}

/** After reading a segment's markers: the value each kind reached. */
export function advanceState(state: SourceListState, markers: readonly SourceMarker[]): SourceListState {
  const next: SourceListState = {...state}
  for (const marker of markers) next[marker.kind] = marker.value
  return next
}

/** The Chinese ordinal word of `value` for messages: "fifth item". */
export function itemName(value: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
  return `${words[value - 1] ?? `item ${value}`}${value <= 10 ? ' item' : ''}`
}

/** How many segments without a marker a list (of 首先/其次, 第一，…) may run over. */
export const stateLife = 8

/**
 * Reads the source markers of each segment once, in document order, for a
 * rule that reads paragraphs: `read` every paragraph, then ask for the
 * markers of a paragraph's segment by the paragraph's index.
 */
export function createSourceListReader(): {
  read(paragraph: Paragraph): void
  /** The source markers of the segment of paragraph `index`; `undefined` when it has no source. */
  markersOf(index: number): SourceMarker[] | undefined
  /** Forget the paragraphs before `index`. */
  forget(index: number): void
} {
  let state: SourceListState = {}
  let quiet = 0
  let last: Segment | undefined
  let lastMarkers: SourceMarker[] = []
  const byParagraph = new Map<number, SourceMarker[]>()
  return {
    read(paragraph) {
      const segment = paragraph.segment
      if (!segment) return
      if (segment !== last) {
        if (quiet > stateLife) state = {}
        lastMarkers = sourceMarkers(segment.source, state)
        state = advanceState(state, lastMarkers)
        quiet = lastMarkers.length > 0 ? 0 : quiet + 1
        last = segment
      }
      byParagraph.set(paragraph.index, lastMarkers)
    },
    markersOf(index) {
      return byParagraph.get(index)
    },
    forget(index) {
      for (const key of byParagraph.keys()) if (key < index) byParagraph.delete(key)
    }
  }
}
