// The number words, ordinals and count words of the enumeration rules, shared
// by the list-marker reader (`list-markers.ts`) and its hint scanner
// (`list-hints.ts`), so the two always look for the same words.

/** Number words and ordinals, index = value − 1. */
export const cardinals = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
export const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
/** Roman numerals of the `I.` headings, index = value − 1. */
export const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

/** The number words and ordinals as pattern alternatives. */
export const cardinal = cardinals.join('|')
export const ordinal = ordinals.join('|')
/** Plural nouns counted in an announcement ("four aspects"), as pattern alternatives. */
export const countWords = 'aspects|points|tasks|things|requirements|measures|areas|respects|priorities|ways|goals|principles|steps|links|suggestions|focuses|fronts|directions|fields|opinions|issues|questions|problems|characteristics|features|stages|roles|functions|categories|parts'

/**
 * How the items of a 一是/二是 list open in machine translation ("do a good
 * job of", "strengthen", "adhere to"…), as pattern alternatives: after a
 * sentence-initial "Four is to", one of them makes the marker a list marker on
 * its own. Collected from the verbs that open list items in Party and
 * government work reports; "be", "remember" and other verbs of plain prose
 * are left out on purpose ("Two is to be expected").
 */
export const itemVerbs = [
  'do a good job', 'do a solid job', 'do well', 'give full play', 'give play', 'pay attention to',
  'pay close attention to', 'attach importance to', 'carry out', 'speed up', 'step up', 'stick to', 'adhere to',
  'persist in', 'insist on', 'focus on', 'strengthen', 'improve', 'promote', 'deepen', 'implement', 'enhance',
  'build', 'establish', 'grasp', 'tighten', 'compact', 'consolidate', 'optimize', 'optimise', 'accelerate',
  'intensify', 'standardize', 'standardise', 'highlight', 'innovate', 'rectify', 'perfect', 'refine', 'cultivate',
  'uphold', 'advance', 'boost', 'expand', 'ensure', 'strive', 'set up', 'carry forward'
].join('|')

/** Adverbs that may come between the marker and its verb ("Three is to strictly implement"). */
export const itemAdverbs =
  'further|strictly|effectively|earnestly|vigorously|resolutely|comprehensively|continuously|constantly|actively|firmly|solidly|conscientiously|fully|continue to'
