import {defineRule} from '../define-rule.js'

/** Options of `bracket-parity`. */
export interface Options {
  /** Quotation mark for the suggested quotes around a title: `'straight'` (`"`) or `'smart'` (`“”`). Default: `'smart'`. */
  quotes: 'straight' | 'smart'
}

// “…”, 「…」, 『…』 and straight quotes in the source; 《…》 and 〈…〉 titles.
const sourceQuotation = /“([^“”]{1,400})”|「([^「」]{1,400})」|『([^『』]{1,400})』|"([^"]{1,400})"/gu
const sourceTitle = /《([^《》]{1,80})》|〈([^〈〉]{1,80})〉/gu
const sentencePunctuation = /[，。！？；：,.!?;:]/u
const hanCharacter = /\p{Script=Han}/gu
// A quoted passage this long is speech, which English quotes as well; a
// shorter quoted term may be rendered as a capitalised name or plain words.
const speechLength = 12
const targetQuote = /["“”«»„‘]/u
// Titles of laws, plans and reports, which English writes with capitals or quotation marks.
const documentSuffix = /(?:法|条例|规定|办法|意见|纲要|报告|决定|通知|方案|规划|纲领|章程|准则|白皮书)$/u
const documentNoun = 'law|laws|regulations|regulation|rules|measures|provisions|opinions|outline|report|plan|decision|notice|program|programme|guidelines|white paper|code|charter|constitution'
// "the cybersecurity law": a document named in lowercase words, the title lost.
const lowercaseDocument = new RegExp(String.raw`\b(?:the\s+)((?:[a-z][a-z'’-]*\s+){1,5}(?:${documentNoun}))\b`, 'gu')
// "the Cybersecurity Law", "Telecommunications Regulations": a capitalised document noun names a title.
const capitalisedDocument = new RegExp(String.raw`\b(?:${documentNoun.replace(/\b([a-z])/g, (letter) => letter.toUpperCase())})\b`, 'gu')
const italicMarkup = /<(?:i|em|cite)>|(?<![\p{L}\p{N}])[*_](?=\S)/u
const latinTitle = /^[\p{Script=Latin}\p{N}\s'’:,.!?&-]+$/u

/**
 * `bracket-parity`: the titles (《》) and quotations (“”, 「」) of the Chinese
 * source against the quotation marks and capitals of the English.
 */
export default defineRule<Options>(
  {
    id: 'bracket-parity',
    description: 'Find quotations and titles of the Chinese source whose quotation marks the English lost.',
    details: [
      'Bilingual input only (translation files, `--source`, `checkPairs`). The rule compares what the source marks as quoted or as a title with how the English marks it, conservatively:',
      '',
      '- Speech: a source quotation of a sentence or more (punctuation inside, or twelve characters and more) needs quotation marks in the English; a target with none at all is reported. Short quoted terms (“90后”, “计算机”) are often rendered as plain or capitalised words, and are left alone.',
      '- A 《title》 in Latin letters (《Blue Hour》) found in the English without quotation marks or italics gets them as a suggestion (option `quotes`).',
      '- A 《title》 of a law, plan or report (《网络安全法》, 《政府工作报告》) rendered in lowercase words ("the cybersecurity law") has lost the marks of a title, when the English has fewer capitalised or quoted document titles than the source has: flagged, since the exact title is for a person to write.',
      '',
      'A quotation in the English with none in the source is fine: English quotes more than Chinese does.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['suggest', 'flag'],
    defaultOptions: {quotes: 'smart'},
    optionChoices: {quotes: ['straight', 'smart']},
    examples: [
      {
        name: 'speech that lost its quotation marks',
        source: '他说：“我们一定能按期完成春耕任务。”',
        input: 'He said, we will surely finish the spring planting on time.',
        messages: ['1:1-1:60: The source quotes 1 passage (“我们一定能按期完成春耕任务。”) but the English has no quotation marks']
      },
      {
        name: 'a Latin title without quotation marks, beside a quoted one',
        source: '展览中的《山居》与《Blue Hour》描绘了乡村。',
        input: 'The works "Mountain Home" and Blue Hour depict the countryside.',
        messages: ['1:31-1:40: Expected quotation marks around the title `Blue Hour` (《Blue Hour》 in the source)'],
        outputAll: 'The works "Mountain Home" and “Blue Hour” depict the countryside.'
      },
      {
        name: 'titles written bare in capitals',
        source: '展览中的《山居》与《Blue Hour》描绘了“乡村”。',
        input: 'The works Mountain Home and Blue Hour depict "the countryside".',
        messages: []
      },
      {
        name: 'a law named in lowercase words',
        source: '依据《安全生产法》进行检查。',
        input: 'The inspection followed the work safety law.',
        messages: ['1:29-1:44: The title 《安全生产法》 is written as plain words (`work safety law`): expected capitals or quotation marks']
      },
      {
        name: 'titles in capitals or quotation marks',
        source: '依据《安全生产法》《消防条例》开展检查。',
        input: 'Checks under the Work Safety Law and the "Fire Control Regulations".',
        messages: []
      },
      {
        name: 'short quoted terms rendered as plain words',
        source: '不少“00后”选择从“小目标”开始存钱。',
        input: 'Many born after 2000 start saving with small goals.',
        messages: []
      },
      {
        name: 'options: straight quotes',
        source: '展览中的《山居》与《Blue Hour》描绘了乡村。',
        input: 'The works “Mountain Home” and Blue Hour depict the countryside.',
        options: {quotes: 'straight'},
        messages: ['1:31-1:40: Expected quotation marks around the title `Blue Hour` (《Blue Hour》 in the source)'],
        outputAll: 'The works “Mountain Home” and "Blue Hour" depict the countryside.'
      },
      {name: 'no source: nothing to compare', input: 'He said, we will surely finish the spring planting on time.', messages: []}
    ]
  },
  function (context) {
    return {
      segment(segment) {
        const {source, target} = segment
        if (!/\p{L}/u.test(target)) return
        checkSpeech()
        checkTitles()

        function checkSpeech(): void {
          if (targetQuote.test(target)) return
          const speech: string[] = []
          for (const match of source.matchAll(sourceQuotation)) {
            const inner = (match[1] ?? match[2] ?? match[3] ?? match[4]!).trim()
            if (sentencePunctuation.test(inner) || (inner.match(hanCharacter) ?? []).length >= speechLength) speech.push(match[0])
          }
          if (speech.length === 0) return
          const trimmed = target.trim()
          const start = segment.start + target.indexOf(trimmed)
          context.report({
            start,
            end: start + trimmed.length,
            actual: trimmed,
            reason: `The source quotes ${speech.length} ${speech.length === 1 ? 'passage' : 'passages'} (${speech.slice(0, 3).join(', ')}${speech.length > 3 ? ', …' : ''}) but the English has no quotation marks`
          })
        }

        function checkTitles(): void {
          const documents: string[] = []
          // A target that quotes no more than the source's quotations writes
          // its titles bare, in capitals (as Xinhua writes laws): a title in
          // Latin letters is then left alone like the others.
          const quotations = [...source.matchAll(sourceQuotation)].length
          const quotesTitles = quotedSpans(target) > quotations
          for (const match of source.matchAll(sourceTitle)) {
            const title = (match[1] ?? match[2]!).trim()
            if (latinTitle.test(title) && /\p{L}/u.test(title)) {
              if (quotesTitles) checkLatinTitle(title, match[0])
            } else if (documentSuffix.test(title)) documents.push(match[0])
          }
          if (documents.length === 0) return
          const marked =
            (target.match(capitalisedDocument) ?? []).length + quotedSpans(target) + (italicMarkup.test(target) ? 1 : 0)
          if (marked >= documents.length) return
          const plain = [...target.matchAll(lowercaseDocument)]
          // The titles the English marks come first in order; the rest are matched by position.
          const unmatched = documents.slice(marked)
          plain.slice(0, unmatched.length).forEach((match, index) => {
            const phrase = match[1]!
            const from = match.index + match[0].length - phrase.length
            context.report({
              start: segment.start + from,
              end: segment.start + from + phrase.length,
              actual: phrase,
              reason: `The title ${unmatched[index]} is written as plain words (\`${phrase}\`): expected capitals or quotation marks`
            })
          })
        }

        function checkLatinTitle(title: string, written: string): void {
          let from = target.indexOf(title)
          while (from !== -1) {
            const before = target.slice(Math.max(0, from - 4), from)
            const after = target.slice(from + title.length, from + title.length + 2)
            const marked = /(?:["“‘'*_«]|<(?:i|em|cite)>)\s?$/u.test(before) || /^\s?["”’'*_»<]/u.test(after)
            if (!marked) {
              const [open, close] = context.options.quotes === 'straight' ? ['"', '"'] : ['“', '”']
              context.report({
                start: segment.start + from,
                end: segment.start + from + title.length,
                actual: title,
                reason: `Expected quotation marks around the title \`${title}\` (${written} in the source)`,
                expected: [`${open}${title}${close}`],
                fix: 'suggest'
              })
            }
            from = target.indexOf(title, from + title.length)
          }
        }
      }
    }
  }
)

// Pairs of double quotation marks in `text`.
function quotedSpans(text: string): number {
  return Math.floor((text.match(/["“”]/gu) ?? []).length / 2)
}
