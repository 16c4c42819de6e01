import type {Rule} from '../rule.js'
import numericSlogan from './numeric-slogan.js'
import officialTitleTerm from './official-title-term.js'
import partyCapitalization from './party-capitalization.js'
import termConsistency from './term-consistency.js'
import enumCardinalMarker from './enum-cardinal-marker.js'
import enumDangling from './enum-dangling.js'
import enumSequence from './enum-sequence.js'
import enumStrandedNumber from './enum-stranded-number.js'
import duplicatedTitle from './duplicated-title.js'
import repeatedNgram from './repeated-ngram.js'
import quoteDirection from './quote-direction.js'
import quoteInnerSpace from './quote-inner-space.js'
import quoteStyle from './quote-style.js'
import quoteUnbalanced from './quote-unbalanced.js'
import repeatedWord from './repeated-word.js'
import cjkBrackets from './cjk-brackets.js'
import cjkResidue from './cjk-residue.js'
import datePhrasing from './date-phrasing.js'
import midSentenceCapital from './mid-sentence-capital.js'
import lowercaseSentenceStart from './lowercase-sentence-start.js'
import nameVariant from './name-variant.js'
import fullwidthPunctuation from './fullwidth-punctuation.js'
import cjkDash from './cjk-dash.js'
import doubledPunctuation from './doubled-punctuation.js'
import scrapedBoilerplate from './scraped-boilerplate.js'
import whitespace from './whitespace.js'
import pinyinResidue from './pinyin-residue.js'
import calque from './calque.js'
import xiMisread from './xi-misread.js'
import spamInsertion from './spam-insertion.js'
import templatePlaceholder from './template-placeholder.js'
import listParity from './list-parity.js'
import untranslated from './untranslated.js'
import bracketParity from './bracket-parity.js'
import sourceTerminology from './source-terminology.js'
import titleParity from './title-parity.js'
import placeNameParity from './place-name-parity.js'
import numberParity from './number-parity.js'

/** Every rule, keyed by id (a test checks this list against the folder). */
export const rules: Record<string, Rule<any>> = {
  'repeated-word': repeatedWord,
  'repeated-ngram': repeatedNgram,
  'duplicated-title': duplicatedTitle,
  'quote-unbalanced': quoteUnbalanced,
  'quote-direction': quoteDirection,
  'quote-style': quoteStyle,
  'quote-inner-space': quoteInnerSpace,
  'enum-cardinal-marker': enumCardinalMarker,
  'enum-sequence': enumSequence,
  'enum-dangling': enumDangling,
  'enum-stranded-number': enumStrandedNumber,
  'official-title-term': officialTitleTerm,
  'party-capitalization': partyCapitalization,
  'term-consistency': termConsistency,
  'numeric-slogan': numericSlogan,
  'cjk-brackets': cjkBrackets,
  'fullwidth-punctuation': fullwidthPunctuation,
  'cjk-dash': cjkDash,
  'doubled-punctuation': doubledPunctuation,
  'cjk-residue': cjkResidue,
  whitespace,
  'scraped-boilerplate': scrapedBoilerplate,
  'date-phrasing': datePhrasing,
  'mid-sentence-capital': midSentenceCapital,
  'lowercase-sentence-start': lowercaseSentenceStart,
  'name-variant': nameVariant,
  'pinyin-residue': pinyinResidue,
  calque,
  'xi-misread': xiMisread,
  'spam-insertion': spamInsertion,
  'template-placeholder': templatePlaceholder,
  'list-parity': listParity,
  untranslated,
  'bracket-parity': bracketParity,
  'source-terminology': sourceTerminology,
  'title-parity': titleParity,
  'place-name-parity': placeNameParity,
  'number-parity': numberParity
}
