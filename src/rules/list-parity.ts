import type {Segment} from '../rule.js'
import {defineRule} from '../define-rule.js'
import {ordinals} from '../util/list-words.js'
import {
  advanceState,
  confirmFirst,
  itemName,
  sourceMarkers,
  stateLife,
  type SourceListState,
  type SourceMarker
} from '../util/source-markers.js'

/** Options of `list-parity` (none). */
export type Options = Record<string, never>

/** An English list marker of a target: the number it stands for, or a word that stands for any later item. */
interface TargetMarker {
  /**
   * The number of the item; `last` for "Finally", `other` for "the other"
   * (any later item), `next` for "Next", "In addition" (any later item of a
   * 首先/其次 list), `opening` for "First of all".
   */
  value: number | 'last' | 'other' | 'next' | 'opening'
  start: number
  end: number
  text: string
}

const ordinal = ordinals.join('|')
const cardinal = 'one|two|three|four|five|six|seven|eight|nine|ten'
// A marker follows the start, a mark, "and"/"or"/"then" or "that": "First,",
// "; second,", "and the third is", "the first being". "for the first time"
// and "the second half" have a plain word before them.
const lead = String.raw`(?:^|(?<=[^\p{L}\p{N}\s'’]\s*)|(?<=\b(?:[Aa]nd|[Oo]r|[Tt]hen|[Tt]hat)\s+))`
// redos: the lookbehinds read a short stretch before each word
const ordinalMarker = new RegExp(String.raw`${lead}(?:[Tt]he\s+)?(${ordinal})(?:ly)?\b`, 'giu')
// redos: the lookbehinds read a short stretch before each word
const cardinalMarker = new RegExp(
  String.raw`${lead}(?:[Tt]he\s+)?(${cardinal})\s+(?:is|are|to|should|must|shall|will|needs?|has|being)\b`,
  'giu'
)
// A capitalised number inside a sentence is a marker whatever comes before it ("aspects to pay attention to One is to…").
const capitalisedMarker = new RegExp(
  String.raw`\b(${ordinal.replace(/\b(\w)/g, (letter) => letter.toUpperCase())}|${cardinal.replace(/\b(\w)/g, (letter) => letter.toUpperCase())})(?:ly)?\s+(?:is|are|to|should|must|being)\b`,
  'gu'
)
const bracketNumeral = /[(（]\s*(\d{1,2}|[a-j]|i{1,3}|iv|vi{0,3}|ix|x)\s*[)）]/gu
const lineNumeral = /(?:^|\n|[.;:]\s+)(\d{1,2})[.)、]\s/gu
const romanNumeral = /(?:^|\n|\s)(I|II|III|IV|V|VI|VII|VIII|IX|X)[.、]\s/gu
const circledNumeral = /[\u2460-\u2473]/gu
const closers = /\b(?:finally|lastly|last but not least|last of all|in the end)\b/giu
const others = /\b(?:another|the other|the latter|the rest)\b/giu
const continuations = /\b(?:next|then|also|in addition|additionally|moreover|furthermore|besides)\b/giu
const openings = /\b(?:first of all|to begin with|to start with|above all|for a start|the former)\b/giu
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
const letter = /\p{L}/gu
const latinLetter = /\p{Script=Latin}/gu
const hanCharacter = /\p{Script=Han}/gu
const wordPattern = /\p{L}[\p{L}'’-]*/gu

// English letters per Chinese character, when a segment has too little text
// outside the item to measure its own ratio: the median of the human
// reference translations of the evaluation corpus (segments of 40 characters
// and more; half of them lie between 3.1 and 4.2).
const defaultRatio = 3.6

/**
 * `list-parity`: the numbered items of the Chinese source (一是…六是, 一要,
 * 第一，, （一）, 一、, ①, 其一, 首先…其次) against the list markers of the
 * English: an item the English lost, or an item that lost its marker.
 */
export default defineRule<Options>(
  {
    id: 'list-parity',
    description: 'Find items of a numbered list in the Chinese source that the English lost, or whose English lost its marker.',
    details: [
      'Bilingual input only (translation files, `--source`, `checkPairs`): each segment\'s source is read beside its English.',
      'The source numbers its items with 一是…六是, 一要…, 第一，/第二，, （一）, 一、 at a sentence opening, ①, 其一 or （1）, and with 首先，…其次，…再次，…最后，. The English marks them with ordinals ("First,", "Secondly", "the second being"), cardinal calques ("Two is to", see `enum-cardinal-marker`), `(1)`, `1.`, `I.`, `①`, and "Finally" for the last item.',
      '',
      '- An item of the source with no English marker of its number is reported. When the English between the markers around it is about as long as the source items it should hold, the item is there and only its marker was lost ("has no English list marker"); when it is about as long as the items without it, the item itself was lost ("has no English item").',
      '- An English marker followed by no text is an item whose text was lost.',
      '',
      'Traps left alone: 统一是, 唯一是, 周六是 (a word before the numeral); 第一次, 第一名, 第一书记, 第一时间, 安全第一 (第一 counts only after a mark and before a comma or colon); 一、二月 (numbers); 其次是 ("followed by") and 再次 ("again") outside a 首先，/其次， list; a segment that opens with 二是 continues the list of the segments before it. An English list that numbers more than the source is not reported.',
      '',
      'Only flagged: where the lost marker or text belongs is for a person to decide.'
    ].join('\n'),
    category: 'accuracy/omission',
    fixes: ['flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'an item the English lost',
        source: '会议要求，一是加强领导；二是完善制度；三是严格考核。',
        input: 'The meeting called for, first, stronger leadership; third, strict assessment.',
        messages: ['1:53-1:58: `二是` (second item) has no English item']
      },
      {
        name: 'an item that lost its marker',
        source: '一是加强领导，落实责任。二是完善制度，健全机制。三是严格考核，奖惩分明。',
        input:
          'First, strengthen leadership and fix responsibility. Improve the rules and the mechanisms. Third, assess strictly, with clear rewards and penalties.',
        messages: ['1:92-1:97: `二是` (second item) has no English list marker']
      },
      {
        name: 'a marker with no text',
        source: '（一）总体要求。（二）主要任务。',
        input: '(1) General requirements. (2)',
        messages: ['1:27-1:30: `（二）` (second item) has an English marker but no text']
      },
      {
        name: 'a list continued from the segment before',
        source: '一是加强领导。\n\n二是完善制度。',
        input: 'First, strengthen leadership.\n\nImprove the rules.',
        messages: ['3:1-3:8: `二是` (second item) has no English list marker']
      },
      {
        name: 'a list in order',
        source: '要做好三方面工作：一是加强领导；二是完善制度；三是严格考核。',
        input: 'Three tasks must be done well: first, strengthen leadership; second, improve the rules; third, assess strictly.',
        messages: []
      },
      {
        name: 'an ordinal later in the sentence',
        source: '下一步要抓好两件事，一是修好水渠，二是备足种子。',
        input: 'Two things come next, the first being repairs to the canals, and the second enough seed.',
        messages: []
      },
      {
        name: 'words that are no list markers',
        source: '统一是前提。安全第一，他第一次来到这里，其次是湖北。',
        input: 'Unity comes first. Safety first: this was his first visit, followed by Hubei.',
        messages: []
      },
      {
        name: 'a closing item marked "Finally"',
        source: '首先，加强学习；其次，完善制度；最后，严格考核。',
        input: 'First of all, study harder. Then improve the rules. Finally, assess strictly.',
        messages: []
      },
      {name: 'no source: nothing to compare', input: 'First, study. Third, act.', messages: []}
    ]
  },
  function (context) {
    let state: SourceListState = {}
    let quietSegments = 0
    let previous: Segment | undefined
    // The state the previous segment was read with, to read it again.
    let previousState: SourceListState = {}

    return {
      segment(segment) {
        if (previous) {
          // A first item (首先，, 一要) whose second item opens this segment.
          const late = confirmFirst(previous.source, segment.source)
          for (const marker of late) {
            compare(previous, [marker], sourceMarkers(previous.source, previousState).concat(marker))
          }
          state = advanceState(state, late)
        }
        if (quietSegments > stateLife) state = {}
        previousState = state
        const markers = sourceMarkers(segment.source, state)
        if (markers.length > 0) {
          compare(segment, markers, markers)
          state = advanceState(state, markers)
          quietSegments = 0
        } else {
          quietSegments++
        }
        previous = segment
      }
    }

    // `checked` are the source markers to look for in the English; `all` are
    // every marker of the source, which bound the items.
    function compare(segment: Segment, checked: SourceMarker[], all: SourceMarker[]): void {
      const target = segment.target
      // An empty target, or one left in Chinese, is `untranslated`'s.
      if ((target.match(latinLetter) ?? []).length <= (target.match(hanCharacter) ?? []).length) return
      all = [...all].sort((a, b) => a.start - b.start)
      const english = targetMarkers(target)
      // English markers that stand for a source item take its number, so that
      // "the other" places a lost item as well as "Second" does.
      const placed: Array<TargetMarker & {value: number}> = []
      const missing: SourceMarker[] = []
      for (const marker of checked) {
        const lastOfKind = !all.some((other) => other.kind === marker.kind && other.start > marker.start)
        const found = english.find((candidate) => matches(candidate, marker, lastOfKind))
        if (found) {
          placed.push({...found, value: marker.value})
          checkText(segment, marker, found, english)
        } else {
          missing.push(marker)
        }
      }
      const numbered = english.filter((candidate) => typeof candidate.value === 'number') as Array<TargetMarker & {value: number}>
      const landmarks = [...numbered, ...placed].sort((a, b) => a.start - b.start)
      for (const marker of missing) reportMissing(segment, marker, all, landmarks)
    }

    function checkText(segment: Segment, marker: SourceMarker, found: TargetMarker, english: TargetMarker[]): void {
      const next = english.find((candidate) => candidate.start >= found.end)
      const text = segment.target.slice(found.end, next ? next.start : segment.target.length)
      if ((text.match(wordPattern) ?? []).length > 0) return
      context.report({
        start: segment.start + found.start,
        end: segment.start + found.end,
        actual: found.text,
        reason: `\`${marker.text}\` (${itemName(marker.value)}) has an English marker but no text`
      })
    }

    function reportMissing(
      segment: Segment,
      marker: SourceMarker,
      all: SourceMarker[],
      numbered: Array<TargetMarker & {value: number}>
    ): void {
      const before = numbered.filter((candidate) => candidate.value < marker.value).at(-1)
      const after = numbered.find((candidate) => candidate.value > marker.value && (!before || candidate.start > before.start))
      const lost = itemLost(segment, marker, all, before, after)
      const place = after ?? before ?? firstWord(segment.target)
      context.report({
        start: segment.start + place.start,
        end: segment.start + place.end,
        actual: place.text,
        reason: lost
          ? `\`${marker.text}\` (${itemName(marker.value)}) has no English item`
          : `\`${marker.text}\` (${itemName(marker.value)}) has no English list marker`
      })
    }

    // Whether the English between the markers around the item is closer in
    // length to the source items without it than with it.
    function itemLost(
      segment: Segment,
      marker: SourceMarker,
      all: SourceMarker[],
      before: TargetMarker | undefined,
      after: TargetMarker | undefined
    ): boolean {
      const {source, target} = segment
      const sourceOf = (value: number | undefined, fallback: number) =>
        value === undefined ? fallback : (all.find((other) => other.value === value && other.kind === marker.kind)?.start ?? fallback)
      const sourceFrom = before ? sourceOf(before.value as number, 0) : 0
      const sourceTo = after ? sourceOf(after.value as number, source.length) : source.length
      const itemEnd = all.find((other) => other.start > marker.start)?.start ?? source.length
      const span = hanLength(source.slice(Math.min(sourceFrom, marker.start), Math.max(sourceTo, itemEnd)))
      const item = hanLength(source.slice(marker.start, Math.min(itemEnd, Math.max(sourceTo, itemEnd))))
      const targetFrom = before ? before.start : 0
      const targetTo = after ? after.start : target.length
      const english = letterLength(target.slice(targetFrom, targetTo))
      const outsideSource = hanLength(source) - span
      const outsideEnglish = letterLength(target) - english
      const ratio = outsideSource >= 10 && outsideEnglish > 0 ? outsideEnglish / outsideSource : defaultRatio
      const withItem = Math.abs(Math.log((english + 1) / (ratio * span + 1)))
      const withoutItem = Math.abs(Math.log((english + 1) / (ratio * (span - item) + 1)))
      return withoutItem < withItem
    }
  }
)

// Whether an English marker stands for the source item: the same number,
// "Finally" for the last item of its kind, "the other" for any item after
// the first, "Next"/"Then" for the items of a 首先/其次 list.
function matches(candidate: TargetMarker, marker: SourceMarker, lastOfKind: boolean): boolean {
  if (candidate.value === marker.value) return true
  if (candidate.value === 'last') return marker.value >= 2 && (lastOfKind || Boolean(marker.last))
  if (candidate.value === 'other') return marker.value >= 2
  if (marker.kind !== 'sequence') return false
  if (candidate.value === 'opening') return marker.value === 1
  return candidate.value === 'next' && marker.value >= 2
}

/** The English list markers of a target, in order. */
function targetMarkers(target: string): TargetMarker[] {
  const found: TargetMarker[] = []
  const add = (value: TargetMarker['value'], start: number, end: number) =>
    found.push({value, start, end, text: target.slice(start, end)})
  for (const match of target.matchAll(ordinalMarker)) {
    add(ordinals.indexOf(match[1]!.toLowerCase()) + 1, match.index, match.index + match[0].length)
  }
  for (const match of target.matchAll(cardinalMarker)) {
    const number = match[1]!.toLowerCase()
    add(cardinal.split('|').indexOf(number) + 1, match.index, match.index + match[0].length)
  }
  for (const match of target.matchAll(capitalisedMarker)) {
    const number = match[1]!.toLowerCase()
    const value = ordinals.indexOf(number) + 1 || cardinal.split('|').indexOf(number) + 1
    add(value, match.index, match.index + match[1]!.length)
  }
  for (const match of target.matchAll(bracketNumeral)) {
    const inner = match[1]!.toLowerCase()
    const value = /\d/.test(inner)
      ? Number(inner)
      : inner.length === 1 && !'ivx'.includes(inner)
        ? inner.charCodeAt(0) - 96
        : romans.indexOf(inner) + 1 || inner.charCodeAt(0) - 96
    add(value, match.index, match.index + match[0].length)
  }
  for (const match of target.matchAll(lineNumeral)) {
    const start = match.index + match[0].length - match[1]!.length - 2
    add(Number(match[1]), start, start + match[1]!.length + 1)
  }
  for (const match of target.matchAll(romanNumeral)) {
    const start = match.index + match[0].indexOf(match[1]!)
    add(romans.indexOf(match[1]!.toLowerCase()) + 1, start, start + match[1]!.length + 1)
  }
  for (const match of target.matchAll(circledNumeral)) add(match[0].charCodeAt(0) - 0x245f, match.index, match.index + 1)
  for (const match of target.matchAll(closers)) add('last', match.index, match.index + match[0].length)
  for (const match of target.matchAll(others)) add('other', match.index, match.index + match[0].length)
  for (const match of target.matchAll(continuations)) add('next', match.index, match.index + match[0].length)
  for (const match of target.matchAll(openings)) add('opening', match.index, match.index + match[0].length)
  return found.sort((a, b) => a.start - b.start)
}

function firstWord(target: string): {start: number; end: number; text: string} {
  const match = /\p{L}[\p{L}'’-]*/u.exec(target)
  if (!match) return {start: 0, end: target.length, text: target}
  return {start: match.index, end: match.index + match[0].length, text: match[0]}
}

function hanLength(text: string): number {
  return text.replace(/[\s\p{P}]/gu, '').length
}

function letterLength(text: string): number {
  return (text.match(letter) ?? []).length
}
