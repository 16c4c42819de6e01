// Tables of `spam-insertion`. The words are the keywords that search-engine
// spam injects into hacked Chinese government and news pages (sugar-dating
// and escort sites aimed at the Philippines, Malaysia and Singapore, and
// online casinos), as seen on scraped pages and in the genre corpus of issue 14.

/** Sugar-dating words: never part of officialese, so flagged wherever they stand out. */
export const sugarWords: readonly string[] = [
  'daddy',
  'daddies',
  'baby',
  'babies',
  'mommy',
  'mommies',
  'mummy',
  'mummies',
  'dating',
  'arrangement',
  'arrangements'
]

/** Words that are English too (an escort, a casino in the news): flagged only when fused into other words or with a place of the spam. */
export const escortWords: readonly string[] = ['escort', 'escorts']

/** Gambling words: flagged only when fused into other words. */
export const gamblingWords: readonly string[] = ['casino', 'casinos', 'baccarat', 'betting', 'roulette']

/** Places the spam names before or after its keywords ("Manila escort", "Sugar daddy Philippines"). */
export const spamPlaces: readonly string[] = [
  'philippines',
  'philippine',
  'pinoy',
  'manila',
  'malaysia',
  'malaysian',
  'kl',
  'singapore',
  'sg'
]

/** Words after a sugar word that make it a plant or a food ("Sugar Baby watermelons"). */
export const sugarProduce: readonly string[] = ['watermelon', 'watermelons', 'melon', 'melons', 'pumpkin', 'pumpkins']

/** Words that open a sentence, after a place and `Sugar` standing between two sentences (".Malaysia Sugar The members"). */
export const sentenceOpeners: readonly string[] = [
  'the', 'this', 'these', 'that', 'those', 'a', 'an', 'in', 'at', 'on', 'it', 'its', 'we', 'he', 'she', 'they',
  'our', 'his', 'her', 'their', 'since', 'according', 'to', 'for', 'with', 'by', 'as', 'after', 'during',
  'through', 'under', 'all', 'each', 'every', 'there', 'from', 'meanwhile', 'when', 'while', 'recently',
  'first', 'second', 'third', 'next', 'finally', 'also', 'party', 'over', 'among', 'currently'
]
