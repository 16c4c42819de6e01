import type {RuleSettings} from './settings.js'

/** Preset names accepted by `options.preset`. */
export type PresetName = 'recommended' | 'publication' | 'none'

/**
 * `recommended`: artifacts of machine translation, wrong in any house style.
 * `error` marks rules that never fired on correct text in the human reference
 * translations (a doubled word, run-together titles, a cardinal list marker, a
 * list cut short, untranslated Chinese or pinyin, full-width punctuation, page
 * furniture, 学习 read as the name Xi, spam and template placeholders left in
 * the text); the rest are warnings a person should look at. A lowercase
 * `party` for the Communist Party of China counts as an artifact here: the
 * officialese this checks writes Party with a capital P wherever it means the
 * CPC (`party-capitalization`'s `inconsistent` mode is for AP-style texts).
 */
export const recommended: RuleSettings = {
  // Repetition and titles
  'repeated-word': 'error',
  'repeated-ngram': 'warn',
  'duplicated-title': 'error',
  // Quotation marks
  'quote-unbalanced': 'warn',
  'quote-direction': 'warn',
  'quote-style': ['warn', {preferred: 'consistent'}],
  'quote-inner-space': 'warn',
  // Enumerations
  'enum-cardinal-marker': 'error',
  'enum-sequence': 'warn',
  'enum-dangling': 'error',
  'enum-stranded-number': 'warn',
  // Party terms and the glossary
  'official-title-term': 'warn',
  'party-capitalization': 'warn',
  'term-consistency': 'warn',
  'numeric-slogan': 'warn',
  // Characters, page furniture and dates
  'fullwidth-punctuation': 'error',
  'cjk-dash': 'warn',
  'doubled-punctuation': 'warn',
  'cjk-brackets': 'warn',
  'cjk-residue': 'error',
  whitespace: 'warn',
  'scraped-boilerplate': 'error',
  'date-phrasing': 'warn',
  // Sentence ends and names
  'mid-sentence-capital': 'warn',
  'lowercase-sentence-start': 'warn',
  'name-variant': 'warn',
  // Words left in pinyin or calqued
  'pinyin-residue': 'error',
  calque: 'warn',
  'xi-misread': 'error',
  // Text of the page that is no translation
  'spam-insertion': 'error',
  'template-placeholder': 'error',
  // Bilingual: the Chinese source beside the English
  'list-parity': 'warn',
  untranslated: 'error',
  'bracket-parity': 'warn',
  'source-terminology': 'warn',
  'title-parity': 'warn',
  'place-name-parity': 'warn',
  'number-parity': 'warn'
}

/**
 * `publication`: `recommended` plus the conventions of published officialese
 * that careful human translators also break (typographic quotes, dates
 * without ordinals).
 */
export const publication: RuleSettings = {
  ...recommended,
  'quote-style': ['warn', {preferred: 'smart'}],
  'date-phrasing': ['warn', {ordinals: 'remove', dayOnly: true}],
  'scraped-boilerplate': ['warn', {headlineSuffix: true}]
}

/** The presets by name; `none` starts from no rules, for enabling rules one by one. */
export const presets: Record<PresetName, RuleSettings> = {recommended, publication, none: {}}
