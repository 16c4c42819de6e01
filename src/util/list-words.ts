// The number words, ordinals and count words of the enumeration rules, shared
// by the list-marker reader (`list-markers.ts`) and its hint scanner
// (`list-hints.ts`), so the two always look for the same words.

/** Number words and ordinals, index = value − 1. */
export const cardinals = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
export const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

/** The number words and ordinals as pattern alternatives. */
export const cardinal = cardinals.join('|')
export const ordinal = ordinals.join('|')
/** Plural nouns counted in an announcement ("four aspects"), as pattern alternatives. */
export const countWords = 'aspects|points|tasks|things|requirements|measures|areas|respects|priorities|ways|goals|principles|steps|links|suggestions|focuses|fronts|directions|fields|opinions|issues|questions|problems|characteristics|features|stages|roles|functions|categories|parts'
