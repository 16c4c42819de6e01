import fc from 'fast-check'
import {rules, type Format} from '../src/index.js'

/**
 * Generators of hostile input for the property tests and the fuzzer: English
 * and Chinese officialese mixed with every quote, bracket, full-width mark,
 * list marker, odd space, line ending, emoji, lone surrogate and piece of
 * Markdown or HTML a scraped translation can hold.
 */

const englishWords = [
  'the', 'The', 'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'that', 'had', 'had', 'Party', 'party',
  'Communist', 'Central', 'Committee', 'General', 'Secretary', 'Xi', 'Jinping', 'comrade', 'Comrade',
  'socialism', 'with', 'Chinese', 'characteristics', 'new', 'era', 'Two', 'two', 'Three', 'four',
  'Represents', 'Four', 'Comprehensives', 'September', '17th', '2023', 'first', 'second', 'First',
  'Secondly', 'protest', 'protest', 'deputy', 'secretary', 'Li', 'Li', 'Zhang', 'Beijing', 'Hubei',
  'people', 'people', 'masses', 'cadres', 'building', 'grassroots', 'strictly', 'govern', 'comprehensively',
  'carry', 'forward', 'spirit', 'the', 'of', 'Xinhua', 'Net', 'reporter', 'editor', 'responsible',
  'shi', 'zhong', 'guo', 'UN', 'U.S.', 'Dr.', 'e.g.', 'etc.', 'I.', 'II.', 'III', '10', '10', '3.5', '1,000'
]

const chinese = [
  '中国共产党', '习近平', '新时代', '的', '和', '在', '是', '两个维护', '四个意识', '党建', '基层', '中央委员会',
  '责任编辑', '新华网', '来源', '人民日报', '坚持', '全面从严治党', '第一', '第二', '一', '二', '三'
]

const quotes = [
  '"', "'", '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》', '〈', '〉', '«', '»', '‹', '›', '„', '‚',
  '＂', '＇', '`', '``', "''", '″', '′'
]

const brackets = ['(', ')', '[', ']', '{', '}', '（', '）', '【', '】', '〔', '〕', '〖', '〗', '［', '］', '｛', '｝', '<', '>']

const fullWidthMarks = [
  '，', '。', '、', '；', '：', '！', '？', '…', '……', '——', '—', '–', '-', '·', '・', '．', '～', '％', '＃', '＆',
  '＊', '＋', '／', '０', '１', '２', 'Ａ', 'ｂ', '…', ',', '.', ';', ':', '!', '?', '...', '. . .', '。”', '，“'
]

const listMarkers = [
  '①', '②', '③', '⑩', '⑴', '⒈', '（一）', '（二）', '(一)', '(三)', '一、', '二、', '三、', '第一，', '其次，',
  'Two to', 'Three to', 'One is', 'Two is', 'First,', 'Second,', 'Third,', 'Firstly,', '1.', '2.', '3.', '1)',
  '2)', '(1)', '(2)', '1、', '2、', 'a.', 'b)', 'I.', 'II.', '-', '*', '+', '•', '·', '▪'
]

const spaces = [' ', ' ', ' ', '  ', '\u00a0', '\u200b', '\u3000', '\t', '\u2002', '\u2009', '\u202f', '\u2060', '\ufeff']

const lineEndings = ['\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' \n', '\n \n', '\u2028', '\u0085']

const oddities = [
  '\ufeff', '😀', '🇨🇳', '👨‍👩‍👧', '❤️', '\ud800', '\udc00', '\udbff', 'a\u0301', 'é', '\u0000', '\u007f',
  '\ufffd', '\ufffc', '\u200d', '\u200e', '\u202e', 'ﬁ', '𝐀', '\ud83d'
]

const markup = [
  '**', '*', '_', '__', '`', '`code`', '``a ` b``', '```\nthe the “x\n```', '~~~\n的 ，\n~~~', '# ', '## ', '> ',
  '- ', '1. ', '[link](http://example.com/the the)', '![alt “x](a.png)', '<http://example.com>', '<b>', '</b>',
  '<i>the</i>', '<code>the the</code>', '<br>', '<br/>', '<!-- the the -->', '&amp;', '&nbsp;', '&#12290;',
  '&ldquo;', '\\*', '\\', '<p>', '</p>', '<script>var a = "the the";</script>', '<a href="x">', '</a>',
  '| a | b |\n| - | - |', '---', '    indented code', '[^1]', '[x]: http://x'
]

// The documented examples of every registered rule hold exactly what rules
// look for (and what they must leave alone), so new rules are fuzzed with
// their own triggers.
const ruleExamples = Object.values(rules).flatMap((rule) => rule.meta.examples.map((example) => example.input))

/** A documented example, whole or a slice of it. */
const examplePiece: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ruleExamples, 'the the'), fc.nat(), fc.nat(), fc.boolean())
  .map(([example, from, length, whole]) => {
    if (whole) return example
    const start = from % (example.length + 1)
    return example.slice(start, start + (length % 40))
  })

const pools = {englishWords, chinese, quotes, brackets, fullWidthMarks, listMarkers, spaces, lineEndings, oddities, markup}

/** One piece of hostile text, most often a word, sometimes anything at all. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: fc.constantFrom(...englishWords), weight: 12},
  {arbitrary: fc.constantFrom(...spaces), weight: 12},
  {arbitrary: examplePiece, weight: 3},
  {arbitrary: fc.constantFrom(...chinese), weight: 3},
  {arbitrary: fc.constantFrom(...quotes), weight: 4},
  {arbitrary: fc.constantFrom(...brackets), weight: 2},
  {arbitrary: fc.constantFrom(...fullWidthMarks), weight: 3},
  {arbitrary: fc.constantFrom(...listMarkers), weight: 3},
  {arbitrary: fc.constantFrom(...lineEndings), weight: 3},
  {arbitrary: fc.constantFrom(...oddities), weight: 1},
  {arbitrary: fc.constantFrom(...markup), weight: 2},
  {arbitrary: fc.string({unit: 'binary', maxLength: 4}), weight: 1}
)

/** Hostile text: a few dozen pieces, sometimes behind a byte order mark. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(piece, {maxLength: 60}))
  .map(([bom, pieces]) => (bom ? '\ufeff' : '') + pieces.join(''))

/** Any of the three input formats. */
export const format: fc.Arbitrary<Format> = fc.constantFrom<Format>('text', 'markdown', 'html')

/** A preset that runs rules. */
export const preset = fc.constantFrom<'recommended' | 'publication'>('recommended', 'publication')

/** A document in one format together with the source ranges a fix must never touch. */
export interface MarkedDocument {
  format: 'markdown' | 'html'
  value: string
  /** `[start, end)` of code, tags and comments in `value`. */
  protectedRanges: Array<[number, number]>
}

// Prose for markup documents: everything but the characters that would start
// or break markup (backticks, tildes, angle brackets, ampersands, backslashes),
// so that the protected pieces stay exactly what they look like.
const markupSafe = (value: string) => !/[`~<>&\\\r\u2028\u0085]/.test(value) && !value.includes('\n')
const proseWord = fc.oneof(
  {arbitrary: fc.constantFrom(...englishWords), weight: 10},
  {arbitrary: fc.constantFrom(...[...spaces, ' ', ' ', ' '].filter(markupSafe)), weight: 10},
  {arbitrary: fc.constantFrom(...chinese), weight: 2},
  {arbitrary: fc.constantFrom(...quotes.filter(markupSafe)), weight: 3},
  {arbitrary: fc.constantFrom(...brackets.filter(markupSafe)), weight: 2},
  {arbitrary: fc.constantFrom(...fullWidthMarks.filter(markupSafe)), weight: 3},
  {arbitrary: fc.constantFrom(...listMarkers.filter(markupSafe)), weight: 1},
  {arbitrary: fc.constantFrom('the the', ...ruleExamples.filter(markupSafe)), weight: 2}
)
// Prose starts with a letter so that no line reads as a list item, heading or quote block.
const prose = fc.array(proseWord, {minLength: 1, maxLength: 12}).map((words) => 'x ' + words.join(''))
// Code holds exactly what the rules would like to change.
const codeText = fc.array(fc.oneof(proseWord, fc.constant('the the'), fc.constant('“ ')), {maxLength: 8}).map((words) => words.join(''))

type Part = {text: string; protected: boolean}

const markdownInline: fc.Arbitrary<Part[]> = fc.array(
  fc.oneof(
    {arbitrary: prose.map((text) => [{text, protected: false}]), weight: 4},
    {arbitrary: codeText.map((code) => [{text: ' ', protected: false}, {text: '`x' + code + 'x`', protected: true}, {text: ' ', protected: false}]), weight: 2},
    {arbitrary: fc.constantFrom('<b>', '</b>', '<span class="the the">', '<br>').map((tag) => [{text: ' ', protected: false}, {text: tag, protected: true}, {text: ' ', protected: false}]), weight: 1}
  ),
  {minLength: 1, maxLength: 5}
).map((groups) => groups.flat())

const markdownBlock: fc.Arbitrary<Part[]> = fc.oneof(
  {arbitrary: markdownInline, weight: 4},
  {arbitrary: codeText.map((code) => [{text: '```\n' + code + '\n```', protected: true}]), weight: 1},
  {arbitrary: codeText.map((code) => [{text: '<!-- ' + code.replace(/-/g, '') + ' -->', protected: true}]), weight: 1}
)

const htmlInline: fc.Arbitrary<Part[]> = fc.array(
  fc.oneof(
    {arbitrary: prose.map((text) => [{text, protected: false}]), weight: 4},
    {arbitrary: codeText.map((code) => [{text: '<code>' + code + '</code>', protected: true}]), weight: 1},
    {arbitrary: fc.constantFrom('<b>', '</b>', '<em>', '</em>', '<a href="the the">', '</a>', '<br>').map((tag) => [{text: tag, protected: true}]), weight: 2}
  ),
  {minLength: 1, maxLength: 5}
).map((groups) => groups.flat())

const htmlBlock: fc.Arbitrary<Part[]> = fc.oneof(
  {arbitrary: htmlInline.map((parts) => [{text: '<p>', protected: true}, ...parts, {text: '</p>', protected: true}]), weight: 4},
  {arbitrary: codeText.map((code) => [{text: '<pre>' + code + '</pre>', protected: true}]), weight: 1},
  {arbitrary: codeText.map((code) => [{text: '<script>var s = "' + code.replace(/"/g, '') + '"</script>', protected: true}]), weight: 1}
)

function assemble(format: 'markdown' | 'html', blocks: Part[][]): MarkedDocument {
  let value = ''
  const protectedRanges: Array<[number, number]> = []
  for (const [index, block] of blocks.entries()) {
    if (index > 0) value += '\n\n'
    for (const part of block) {
      if (part.protected) protectedRanges.push([value.length, value.length + part.text.length])
      value += part.text
    }
  }
  return {format, value: value + '\n', protectedRanges}
}

/** A Markdown or HTML document whose code, tags and comments are known. */
export const markedDocument: fc.Arbitrary<MarkedDocument> = fc.oneof(
  fc.array(markdownBlock, {minLength: 1, maxLength: 5}).map((blocks) => assemble('markdown', blocks)),
  fc.array(htmlBlock, {minLength: 1, maxLength: 5}).map((blocks) => assemble('html', blocks))
)

/** Small random edits of a real text: how the fuzzer turns corpus documents into new inputs. */
export function mutate(text: string, random: () => number, count = 1 + Math.floor(random() * 4)): string {
  const all = [...Object.values(pools).flat(), ...ruleExamples]
  let result = text
  for (let step = 0; step < count; step++) {
    const at = Math.floor(random() * (result.length + 1))
    const choice = random()
    if (choice < 0.5) {
      result = result.slice(0, at) + all[Math.floor(random() * all.length)]! + result.slice(at)
    } else if (choice < 0.75) {
      result = result.slice(0, at) + result.slice(at + 1 + Math.floor(random() * 8))
    } else {
      // Duplicate a stretch: repeated words and phrases are what rules look for.
      const length = 1 + Math.floor(random() * 20)
      result = result.slice(0, at + length) + result.slice(at, at + length) + result.slice(at + length)
    }
  }
  return result
}
