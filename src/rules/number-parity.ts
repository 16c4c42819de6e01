import {defineRule} from '../define-rule.js'
import type {Segment} from '../rule.js'
import {asciiDigits, chineseNumberValues} from '../util/chinese-numbers.js'
import {
  countWords,
  measureWords,
  englishFigureWords,
  englishMonths,
  englishOrdinals,
  englishScales,
  englishUnits,
  englishWeekdays,
  numberedNames
} from './number-parity.data.js'

/** Options of `number-parity` (none). */
export type Options = Record<string, never>

type FigureKind = 'count' | 'percent' | 'year' | 'month' | 'day' | 'date' | 'hour' | 'name'

/** A figure of the source, with every value the translation may give it. */
export interface SourceFigure {
  /** Offsets in the source. */
  start: number
  end: number
  kind: FigureKind
  /** Any one of these in the translation will do (a range gives both ends). */
  values: number[]
  /** Month of a date or a month figure. */
  month?: number
  /** English names that stand for a numbered name. */
  names?: string[]
  /** How the figure reads in English, for the message. */
  reading: string
}

/** A figure of the translation. */
export interface TargetFigure {
  /** Offsets in the target. */
  start: number
  end: number
  values: number[]
  /** Written with digits (`17`, `3.5 billion`), not in words. */
  digits: boolean
  percent: boolean
  /** The smallest step its written precision shows (`31.5 billion` → 0.1 billion); 0 when exact. */
  step: number
  /** The scale word after digits (`million` → 1e6); 1 when none. */
  scale: number
}

/** What the translation holds: its figures, the months it names, and whether it names a weekday. */
export interface TargetFigures {
  figures: TargetFigure[]
  months: Set<number>
  weekday: boolean
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const sortedCountWords = [...countWords].sort((a, b) => b.length - a.length)
const measures = new Set(measureWords)

const chineseScale: Record<string, number> = {十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8}

// An Arabic figure (thousands commas, decimals) or a run of Chinese numerals with an optional decimal part.
const sourceFigurePattern = /(\d+(?:,\d{3})*(?:\.\d+)?)|([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+)?)/g
// A date written 2023-02-11 or 2023/2/11.
const isoDatePattern = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g
// X分之Y: a fraction, 百分之Y a percentage. The denominator is read back from 分之, the numerator forward.
const denominatorPattern = /(?:百|千|[零〇一二两三四五六七八九十]{1,12}|\d{1,12})$/
const numeratorPattern = /[零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?/y

/** A number as English writes it: `31.51 billion`, `12,000`, `2022`. */
export function formatNumber(value: number): string {
  for (const [word, scale] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]] as const) {
    if (Math.abs(value) >= scale) return `${trimNumber(value / scale)} ${word}`
  }
  // Years and other figures under 10,000 read as written (2022, not 2,022).
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return String(value)
  return value.toLocaleString('en-US', {maximumFractionDigits: 4})
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(4)))
}

function ordinal(value: number): string {
  const tens = value % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : value % 10 === 1 ? 'st' : value % 10 === 2 ? 'nd' : value % 10 === 3 ? 'rd' : 'th'
  return `${value}${suffix}`
}

function isInteger(value: number, low: number, high: number): boolean {
  return Number.isInteger(value) && value >= low && value <= high
}

function valueOfSourceNumber(text: string): number[] {
  return /^\d/.test(text) ? [Number(text.replace(/,/g, ''))] : chineseNumberValues(text)
}

function readingOf(kind: FigureKind, values: number[], month?: number): string {
  const numbers = values.map(formatNumber).join('–')
  switch (kind) {
    case 'percent':
      return `${values.map(trimNumber).join('–')}%`
    case 'year':
      return String(values[0])
    case 'month':
      return values.map((value) => monthNames[value - 1]).join('–')
    case 'date':
      return `${monthNames[month! - 1]} ${values.join('–')}`
    case 'day':
      return `the ${values.map(ordinal).join('–')}`
    case 'hour':
      return `${values[0]} o'clock`
    default:
      return numbers
  }
}

/**
 * The figures of a Chinese source: Arabic and Chinese numerals with their
 * scales (万, 亿), percentages, fractions, dates, years and counts. Chinese
 * numerals count only before a measure word, after 第, or with a scale, since
 * 一 and 十 stand inside common words; approximations (数十, 几百, 上千) and
 * lone ones (一个, "a") give no figure; numbered names give their own.
 */
export function sourceFigures(source: string): SourceFigure[] {
  const figures: SourceFigure[] = []
  let text = asciiDigits(source)
  const mask = (start: number, end: number) => {
    text = text.slice(0, start) + '□'.repeat(end - start) + text.slice(end)
  }

  for (const name of numberedNames) {
    let from = 0
    for (let at = text.indexOf(name.source, from); at !== -1; at = text.indexOf(name.source, from)) {
      from = at + name.source.length
      mask(at, from)
      if (name.numbers.length > 0) {
        figures.push({start: at, end: from, kind: 'name', values: name.numbers, names: name.english, reading: name.english[0]!})
      }
    }
  }

  // 2023-02-11: a year and a date, however the translation spells the month.
  for (const match of text.matchAll(isoDatePattern)) {
    const [year, month, day] = [match[1], match[3], match[4]].map(Number) as [number, number, number]
    if (!isInteger(month, 1, 12) || !isInteger(day, 1, 31)) continue
    const start = match.index
    mask(start, start + match[0].length)
    figures.push({start, end: start + match[1]!.length, kind: 'year', values: [year], reading: String(year)})
    figures.push({start: start + match[1]!.length + 1, end: start + match[0].length, kind: 'date', values: [day], month, reading: readingOf('date', [day], month)})
  }

  for (let at = text.indexOf('分之'); at !== -1; at = text.indexOf('分之', at + 2)) {
    const written = denominatorPattern.exec(text.slice(Math.max(0, at - 12), at))?.[0]
    numeratorPattern.lastIndex = at + 2
    const numeratorWritten = numeratorPattern.exec(text)?.[0]
    if (!written || !numeratorWritten) continue
    const denominator = valueOfSourceNumber(written)[0]
    const numerator = valueOfSourceNumber(numeratorWritten)[0]
    const start = at - written.length
    const end = at + 2 + numeratorWritten.length
    mask(start, end)
    if (denominator === undefined || numerator === undefined || denominator === 0) continue
    if (denominator === 100) {
      figures.push({start, end, kind: 'percent', values: [numerator], reading: readingOf('percent', [numerator])})
    } else if (denominator === 1000) {
      figures.push({start, end, kind: 'count', values: [numerator, numerator / 10], reading: `${trimNumber(numerator)} per thousand`})
    } else {
      const share = numerator / denominator
      figures.push({start, end, kind: 'count', values: [share, Math.round(share * 1000) / 10], reading: `${numerator}/${denominator}`})
    }
  }

  const matches = [...text.matchAll(sourceFigurePattern)]
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!
    const start = match.index
    let end = start + match[0].length
    const arabic = match[1] !== undefined
    const before = text.slice(Math.max(0, start - 1), start)
    let values = valueOfSourceNumber(match[0])
    if (values.length === 0) continue

    if (arabic) {
      // 30多万, 3000余万, 315.1亿; but the 千 of 千米, 千克 and 千瓦 is a unit's.
      const scale = /^([多余]?)([十百千万亿]+)/.exec(text.slice(end))
      let characters = scale ? scale[2]! : ''
      if (scale && /^[米克瓦]/.test(text.slice(end + scale[0].length)) && characters.endsWith('千')) characters = characters.slice(0, -1)
      if (scale && characters) {
        const factor = [...characters].reduce((product, character) => product * chineseScale[character]!, 1)
        values = values.map((value) => Number((value * factor).toPrecision(12)))
        end += scale[1]!.length + characters.length
      }
    } else {
      // 数十, 几百, 十几, 上千, 成千上万: approximations with no figure.
      if (/[数几上成好]/.test(before) || text[end] === '几') continue
      if (!/^[零〇一二两三四五六七八九十]/.test(match[0])) continue
    }
    const hasScale = /[万亿]/.test(match[0]) || end > start + match[0].length
    // 八百, 一千, 三万: a digit with a place value above ten is a number without a measure word.
    const placeValued = !arabic && match[0].length > 1 && /[百千万亿]/.test(match[0])
    // Sources written with spaces between a figure and its unit (1989 年 11 月).
    const space = /^[ \u00a0]*[多余]?/.exec(text.slice(end))![0].length
    const after = text.slice(end + space)
    const counted = sortedCountWords.find((word) => after.startsWith(word))
    const ordinalMark = before === '第'

    if (!arabic && !counted && !ordinalMark && !placeValued) continue

    let kind: FigureKind = 'count'
    let month: number | undefined
    const single = values.length === 1 ? values[0]! : undefined
    const unitEnd = (length: number) => end + space + length

    if (after.startsWith('%')) {
      kind = 'percent'
      end = unitEnd(1)
    } else if (counted === '年' && single !== undefined && !hasScale && (arabic || /^[零〇一二两三四五六七八九]+$/.test(match[0])) && isInteger(single, 1000, 2100)) {
      kind = 'year'
      end = unitEnd(1)
    } else if (after.startsWith('年代') || (after.startsWith('后') && arabic)) {
      // 80年代 (the 1980s), 90后 (the post-90s generation).
      values = values.flatMap((value) => (isInteger(value, 0, 99) ? [value, 1900 + value, 2000 + value] : [value]))
      end = unitEnd(after.startsWith('年代') ? 2 : 1)
    } else if (counted === '月' && before !== '个' && values.every((value) => isInteger(value, 1, 12)) && !hasScale) {
      end = unitEnd(1)
      const next = matches[index + 1]
      const nextSpace = next ? /^[ \u00a0]*/.exec(text.slice(end))![0].length : 0
      const dayMark = next && next.index === end + nextSpace ? text.slice(next.index + next[0].length).replace(/^[ \u00a0]+/, '')[0] : undefined
      const dayValues = next ? valueOfSourceNumber(next[0]) : []
      if (single !== undefined && (dayMark === '日' || dayMark === '号') && dayValues.length > 0 && dayValues.every((value) => isInteger(value, 1, 31))) {
        kind = 'date'
        month = single
        values = dayValues
        end = text.indexOf(dayMark, next!.index + next![0].length) + 1
        index++
      } else {
        // 9月, or 一二月 (January and February).
        kind = 'month'
      }
    } else if ((counted === '日' || counted === '号') && arabic && values.every((value) => isInteger(value, 1, 31)) && !hasScale) {
      // A lone Chinese 一日 is "one day"; a day of the month is written in digits.
      kind = 'day'
      end = unitEnd(1)
    } else if ((counted === '时' || counted === '点') && single !== undefined && isInteger(single, 0, 24) && arabic) {
      // 0时 and 24时 bound a whole day (0—24时): no time of day.
      if (single === 0 || single === 24) continue
      kind = 'hour'
      values = [single, single >= 12 ? single - 12 : single + 12]
    } else if (counted === '成' && values.every((value) => value <= 10)) {
      // 三成, 6成: three tenths, thirty per cent.
      kind = 'percent'
      values = values.flatMap((value) => [value * 10, value])
      end = unitEnd(1)
    } else if (counted === '里' || counted === '斤') {
      // A li is half a kilometre and a jin half a kilogram: English may convert.
      values = values.flatMap((value) => [value, value / 2])
    }

    if (kind === 'count') {
      // A lone one is "a" or "an" in English, and zero is seldom written.
      if (values.every((value) => value === 1 || value === 0)) continue
      // 两 of people and things is as often "both", "they" or "another" as "two".
      if (!arabic && values.every((value) => value === 2) && !measures.has(counted ?? '') && !ordinalMark && !hasScale) continue
      // A count that sums up the items just listed (荷兰、日本两国; A、B、C5所高校): English names them.
      if (!ordinalMark && !hasScale && single !== undefined && recapsList(text, start, single)) continue
    }
    const shown = kind === 'percent' && counted === '成' ? values.filter((_, position) => position % 2 === 0) : kind === 'hour' ? values.slice(0, 1) : values
    figures.push({start, end, kind, values, month, reading: readingOf(kind, shown, month)})
  }

  return figures.sort((a, b) => a.start - b.start)
}

/** Whether the count `value` at `start` follows a list of exactly `value` items joined by 、 in its clause. */
function recapsList(text: string, start: number, value: number): boolean {
  const clauseStart = Math.max(...['，', '。', '；', '：', '！', '？', ','].map((mark) => text.lastIndexOf(mark, start - 1))) + 1
  const clause = text.slice(clauseStart, start)
  if (!clause.includes('、')) return false
  return clause.split('、').length === value
}

// Digits (with thousands commas and decimals), or a word.
const targetTokenPattern = /\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+/g

interface Token {
  text: string
  start: number
  end: number
}

/** The figures of an English translation: digits with scales and percentages, number words, ordinals, and month names. */
export function targetFigures(target: string): TargetFigures {
  const figures: TargetFigure[] = []
  const months = new Set<number>()
  let weekday = false
  const tokens: Token[] = [...target.matchAll(targetTokenPattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length
  }))
  const gap = (left: Token, right: Token) => target.slice(left.end, right.start)
  const word = (token: Token | undefined) => token?.text.toLowerCase()

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const lower = token.text.toLowerCase()

    if (/^\d/.test(token.text)) {
      const raw = Number(token.text.replace(/,/g, ''))
      const decimals = token.text.includes('.') ? token.text.length - token.text.indexOf('.') - 1 : 0
      let end = token.end
      let scale = 1
      const next = tokens[index + 1]
      if (next && /^[\s-]?$/.test(gap(token, next))) {
        const factor = englishScales[word(next)!] ?? (gap(token, next) === '' ? {m: 1e6, k: 1e3}[word(next)!] : undefined)
        if (factor !== undefined) {
          scale = factor
          end = next.end
          index++
        }
      }
      const rest = target.slice(end)
      const percent = /^\s?(?:%|percent\b|per cent\b|percentage point)/i.test(rest)
      const values = scale === 1 ? [raw] : [Number((raw * scale).toPrecision(12)), raw]
      const step = scale > 1 || decimals > 0 ? 10 ** -decimals * scale : 0
      figures.push({start: token.start, end, values, digits: true, percent, step, scale})
      continue
    }

    if (/^[A-Z]/.test(token.text) && englishMonths[lower] !== undefined && (lower !== 'may' || token.text === 'May')) {
      // "May" is a month only when it is not a modal: capitalised mid-sentence or before a day.
      const next = tokens[index + 1]
      const sentenceStart = /(^|[.!?]\s+)$/.test(target.slice(0, token.start))
      if (lower !== 'may' || !sentenceStart || (next && /^\d/.test(next.text))) months.add(englishMonths[lower]!)
      continue
    }

    if (englishWeekdays.includes(lower)) {
      weekday = true
      continue
    }
    if (englishFigureWords[lower]) {
      figures.push({start: token.start, end: token.end, values: englishFigureWords[lower]!, digits: false, percent: false, step: 0, scale: 1})
      continue
    }
    const fold = /^(\w+?)-?fold$/.exec(lower)
    if (fold && englishUnits[fold[1]!] !== undefined) {
      figures.push({start: token.start, end: token.end, values: [englishUnits[fold[1]!]!], digits: false, percent: false, step: 0, scale: 1})
      continue
    }

    // A run of number words: "twenty-five", "three hundred and twenty", "a million", "twenty-first", "a fifth", "two-thirds".
    const next = word(tokens[index + 1])
    const startsRun = englishUnits[lower] !== undefined || englishOrdinals[lower] !== undefined ||
      ((lower === 'a' || lower === 'an') && next !== undefined && (englishScales[next] !== undefined || next === 'dozen' || (ordinalOf(next) ?? 0) >= 3))
    if (!startsRun) continue
    let total = 0
    let current = 0
    let share: number | undefined
    let last = index
    for (let cursor = index; cursor < tokens.length; cursor++) {
      const part = word(tokens[cursor])!
      const between = cursor > index ? gap(tokens[cursor - 1]!, tokens[cursor]!) : ''
      if (cursor > index && !/^(?:\s+|-)$/.test(between)) break
      const ordinalValue = ordinalOf(part)
      if ((part === 'a' || part === 'an') && cursor === index) {
        current = 1
      } else if (englishUnits[part] !== undefined) {
        // "twenty-five", "a hundred and five"; "three nine-foot pianos" are two figures.
        const unit = englishUnits[part]!
        const joins = current === 0 || (current % 100 === 0 && unit < 100) || (current % 10 === 0 && current % 100 >= 20 && unit < 10)
        if (!joins) break
        current += unit
      } else if (ordinalValue !== undefined) {
        // "twenty-first" is an ordinal; "one fifth", "a third" and "two-thirds" are fractions.
        const compound = current >= 20 && current % 10 === 0 && ordinalValue < 10 && between === '-'
        if (cursor > index && !compound && current >= 1 && current < ordinalValue && ordinalValue >= 3) share = current / ordinalValue
        else if (englishOrdinals[part] !== undefined) current += ordinalValue
        else break
        last = cursor
        break
      } else if (part === 'hundred') {
        current = (current || 1) * 100
      } else if (englishScales[part] !== undefined) {
        total += (current || 1) * englishScales[part]!
        current = 0
      } else if (part === 'dozen') {
        current = (current || 1) * 12
      } else if (part === 'and' && englishUnits[word(tokens[cursor + 1])!] !== undefined && total + current >= 100) {
        continue
      } else {
        break
      }
      last = cursor
    }
    const values = share === undefined ? [total + current] : [share, Math.round(share * 1000) / 10]
    const percent = /^\s?(?:%|percent\b|per cent\b|percentage point)/i.test(target.slice(tokens[last]!.end))
    figures.push({start: token.start, end: tokens[last]!.end, values, digits: false, percent, step: 0, scale: 1})
    index = last
  }

  // "12 to 14 million", "S$13.8 to S$14.3 billion": the scale of the second figure is the first one's too.
  for (let index = 0; index + 1 < figures.length; index++) {
    const first = figures[index]!
    const second = figures[index + 1]!
    if (!first.digits || !second.digits || first.scale !== 1 || second.scale === 1) continue
    const between = target.slice(first.end, second.start).replace(/\s+/g, ' ').trim()
    if (!/^(?:to|and|or|-|–|—)(?: ?(?:[A-Z]{0,3}\$|RMB|¥|€|£))?$/.test(between)) continue
    first.values.push(Number((first.values[0]! * second.scale).toPrecision(12)))
  }

  return {figures, months, weekday}
}

/** The value of an ordinal word, plural included ("fifths"). */
function ordinalOf(word: string): number | undefined {
  return englishOrdinals[word] ?? (word.endsWith('s') ? englishOrdinals[word.slice(0, -1)] : undefined)
}

/** Whether the translation's `figure` gives `value`, exactly or rounded to the precision it is written with. */
function gives(figure: TargetFigure, value: number): boolean {
  return figure.values.some((candidate) => {
    const difference = Math.abs(candidate - value)
    if (difference <= 1e-9 * Math.max(1, Math.abs(value))) return true
    return candidate === figure.values[0] && figure.step > 0 && difference <= figure.step / 2 + 1e-9 * Math.abs(value)
  })
}

function givesAny(target: TargetFigures, values: number[]): boolean {
  return values.some((value) => target.figures.some((figure) => gives(figure, value)))
}

/** Whether the translation carries the source's `figure`. */
export function isCarried(figure: SourceFigure, target: TargetFigures, targetText: string): boolean {
  switch (figure.kind) {
    case 'name': {
      const lower = targetText.toLowerCase()
      return figure.names!.some((name) => lower.includes(name.toLowerCase())) || givesAny(target, figure.values)
    }
    case 'month':
      return figure.values.some((value) => target.months.has(value)) || givesAny(target, figure.values)
    case 'day':
      return givesAny(target, figure.values) || target.weekday
    case 'date':
      return (target.months.has(figure.month!) || givesAny(target, [figure.month!])) && givesAny(target, figure.values)
    default:
      return givesAny(target, figure.values)
  }
}

function isYear(figure: TargetFigure): boolean {
  return figure.digits && !figure.percent && figure.step === 0 && isInteger(figure.values[0]!, 1000, 2100)
}

/** Whether a translation's figure could be the source's `figure`, changed: the same kind of figure. */
function sameKind(figure: SourceFigure, candidate: TargetFigure): boolean {
  switch (figure.kind) {
    case 'percent':
      return candidate.percent
    case 'year':
      return isYear(candidate)
    case 'date':
    case 'day':
      return !candidate.percent && !isYear(candidate) && candidate.step === 0 && isInteger(candidate.values[0]!, 1, 31)
    case 'count':
      return !candidate.percent && !isYear(candidate)
    default:
      return false
  }
}

function described(source: string, figure: SourceFigure): string {
  const written = source.slice(figure.start, figure.end)
  return written === figure.reading ? written : `${written} (${figure.reading})`
}

/**
 * `number-parity`: every figure of the Chinese source (counts, amounts with
 * 万 and 亿, percentages, dates, years) must be in the English translation.
 */
export default defineRule<Options>(
  {
    id: 'number-parity',
    description: 'Find figures of the Chinese source (amounts, percentages, dates, years, counts) that the translation lost or changed.',
    details:
      'Bilingual input only (see `checkPairs`): each figure of a segment\'s source must be in its target, in any form English writes it. Chinese numerals are read with their scales (315.1亿 = 31.51 billion, 1.2万 = 12,000 or 12 thousand), percentages (百分之五 = 5%, 5 percent or 5 per cent; 三成 = 30%), fractions (三分之一 = a third), dates (9月17日 = September 17, 17 September or Sept. 17), years (二〇二一年 = 2021) and ranges (一万六七千 = 16,000 or 17,000; 三四个 = three or four). English figures may be digits, number words, ordinals (第三 = third), `a dozen`, `half`, `twice`, or rounded to the precision they are written with (31.5 billion for 315.1亿). Approximations with no figure (数十, 几百, 上千) are not checked, nor a lone 一 ("a"), nor a Chinese numeral that is not before a measure word, after 第 or with a scale (一起, 统一, 十分, 四川 have no figure). A count that sums up the items just listed (荷兰、日本两国) is not checked, since English names the items; nor is 两 of people and things (两次, 两国), which English as often writes `both`, `they` or `another`; 两 of time and money (两年, 两倍) is. A day of the month may be given as its weekday (23日 = on Wednesday), a time as `noon`, a li or a jin converted to kilometres or kilograms. Numbered names (十四五, 两会, 三农, 两岸, 双十一) count as carried when the target has their number in any form or their usual English name. When a figure is missing and the target has a figure of the same kind that the source does not have, the finding points at that figure as a changed one; otherwise the whole target is reported, as an omission (`accuracy/omission`) when it has no figure at all. No fix is offered: only a person can say which figure is right.',
    category: 'accuracy/mistranslation',
    fixes: ['flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'an amount in 亿 read as billions',
        source: '全年实现营业收入315.1亿元。',
        input: 'Operating revenue for the year reached 315.1 billion yuan.',
        messages: ["1:40-1:53: The source's 315.1亿 (31.51 billion) is not in the translation, which has 315.1 billion"]
      },
      {
        name: 'a changed date',
        source: '会议于9月17日在北京举行。',
        input: 'The meeting was held in Beijing on September 19.',
        messages: ["1:46-1:48: The source's 9月17日 (September 17) is not in the translation, which has 19"]
      },
      {
        name: 'a percentage left out',
        source: '粮食产量同比增长百分之五。',
        input: 'Grain output rose from a year earlier.',
        messages: ["1:1-1:39: The source's 百分之五 (5%) is not in the translation"]
      },
      {
        name: 'figures in each paragraph checked against its own source',
        source: '新增就业1.2万人。\n\n第三季度增长4.9%。',
        input: 'Some 12,000 new jobs were created.\n\nGrowth in the third quarter was 4.8 percent.',
        messages: ["3:33-3:36: The source's 4.9% is not in the translation, which has 4.8"]
      },
      {
        name: 'amounts, dates and counts carried in English forms',
        source: '2021年9月17日，全市一万六七千名志愿者参与，投入资金315.1亿元，覆盖三四个区。',
        input: 'On 17 September 2021, some 16,000 to 17,000 volunteers took part, with 31.51 billion yuan invested across three or four districts.',
        messages: []
      },
      {
        name: 'rounded to the precision written, and percentages in words',
        source: '投资达315.1亿元，占比百分之二十五，增长两倍。',
        input: 'Investment reached about 31.5 billion yuan, a quarter of the total, having doubled.',
        messages: []
      },
      {
        name: 'numbered names and numerals inside words',
        source: '“十四五”时期，两会代表一起走访四川，统一思想。',
        input: 'During the 14th Five-Year Plan period, deputies to the two sessions visited Sichuan together to unify their thinking.',
        messages: []
      },
      {
        name: 'approximations and a lone one',
        source: '数十家企业派出一个代表团，几百名工人参加。',
        input: 'Dozens of companies sent a delegation, and hundreds of workers took part.',
        messages: []
      },
      {
        name: 'a count that sums up the items just listed',
        source: '荷兰、日本两国同意加强管制。北京交通大学、北京科技大学、北京林业大学3所高校联合发布招生政策。',
        input: 'The Netherlands and Japan agreed to tighten controls. Beijing Jiaotong University, University of Science and Technology Beijing and Beijing Forestry University issued a joint admissions policy.',
        messages: []
      },
      {
        name: 'a scale shared by a range, units and conversions',
        source: '预计游客400万至600万人次，飞行高度为1.2万米，总装机82万千瓦，从20里外赶来。',
        input: 'Visitors are expected to number 4 to 6 million, flying at 12,000 meters, with 820,000 kW installed, coming from 10 kilometers away.',
        messages: []
      },
      {
        name: 'days, hours and months as English writes them',
        source: '首相23日宣布，7月25日0—24时新增病例4例，自12时起进入紧急防汛期，一二月份物价上涨，值守24小时。',
        input: 'The prime minister announced on Wednesday that four new cases were reported on July 25, that the emergency flood season began at noon, that prices rose in January and February, and that staff kept watch around the clock.',
        messages: []
      },
      {
        name: 'fractions and tenths',
        source: '幼仔数量占总数的四分之一至五分之一，6成是男性，平均高两成。',
        input: 'Calves made up a fifth to a quarter of the total, 60% were men, and the average was 20% higher.',
        messages: []
      },
      {
        name: 'monolingual input is not checked',
        input: 'Operating revenue for the year reached 315.1 billion yuan.',
        messages: []
      }
    ]
  },
  (context) => ({
    segment(segment: Segment) {
      if (segment.target.trim() === '') return
      const figures = sourceFigures(segment.source)
      if (figures.length === 0) return
      const target = targetFigures(segment.target)
      const missing = figures.filter((figure) => !isCarried(figure, target, segment.target))
      if (missing.length === 0) return

      // A translation's figure that no source figure explains may be a changed one.
      const unexplained = target.figures.filter(
        (candidate) => candidate.digits && candidate.values[0] !== 0 && !figures.some((figure) => figure.values.some((value) => gives(candidate, value)))
      )
      const used = new Set<TargetFigure>()
      const unplaced: SourceFigure[] = []
      const sourceLength = Math.max(1, segment.source.length)
      const targetLength = Math.max(1, segment.target.length)
      for (const figure of missing) {
        const position = figure.start / sourceLength
        let best: TargetFigure | undefined
        for (const candidate of unexplained) {
          if (used.has(candidate) || !sameKind(figure, candidate)) continue
          if (!best || Math.abs(candidate.start / targetLength - position) < Math.abs(best.start / targetLength - position)) best = candidate
        }
        if (!best) {
          unplaced.push(figure)
          continue
        }
        used.add(best)
        const written = segment.target.slice(best.start, best.end)
        context.report({
          start: segment.start + best.start,
          end: segment.start + best.end,
          reason: `The source's ${described(segment.source, figure)} is not in the translation, which has ${written}`
        })
      }
      if (unplaced.length === 0) return

      const leading = segment.target.length - segment.target.trimStart().length
      const trailing = segment.target.length - segment.target.trimEnd().length
      const names = unplaced.map((figure) => described(segment.source, figure))
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      context.report({
        start: segment.start + leading,
        end: segment.end - trailing,
        reason: `The source's ${list} ${names.length === 1 ? 'is' : 'are'} not in the translation`,
        category: target.figures.length === 0 && target.months.size === 0 ? 'accuracy/omission' : undefined
      })
    }
  })
)
