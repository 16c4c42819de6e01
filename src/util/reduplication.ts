// Words and names made of one piece said twice, which are not loops of
// machine translation. Place names from common gazetteer knowledge; English
// reduplicatives from standard dictionaries (Merriam-Webster, Collins).

/** Place names that double a word ("Walla Walla", "Baden-Baden"), lowercase halves. */
export const reduplicatedPlaceNames: readonly string[] = ['walla', 'bora', 'baden', 'pago', 'wagga']

/** English words that double a piece with a hyphen ("so-so", "win-win"), lowercase halves. */
export const hyphenatedReduplicatives: readonly string[] = [
  'bye', 'so', 'hush', 'tut', 'pooh', 'no', 'yo', 'tom', 'pom', 'chop', 'knock', 'ha', 'cha', 'can', 'win',
  'night', 'goody', 'tsk', 'mahi', 'ylang', 'beri', 'aye', 'choo', 'dum', 'bling', 'go', 'boo', 'muu',
  'fifty', 'never', 'hip', 'ring', 'tick', 'mau', 'chin'
]
