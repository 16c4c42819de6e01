// Initial + final of a Mandarin syllable in Hanyu Pinyin without tone marks.
// Slightly more permissive than the real syllable table, which is fine for
// telling a romanised Chinese name from an English word.
const syllable =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)$/

/** Whether `word` reads as one Pinyin syllable ("Li", "Qiao", "Zhang"). */
export function isPinyinSyllable(word: string): boolean {
  return syllable.test(word.toLowerCase())
}

/** Whether `word` reads as one or two Pinyin syllables ("Xiaoning", "Yonghai"). */
export function isPinyinName(word: string): boolean {
  const lower = word.toLowerCase()
  if (syllable.test(lower)) return true
  for (let split = 1; split < lower.length; split++) {
    if (syllable.test(lower.slice(0, split)) && syllable.test(lower.slice(split))) return true
  }
  return false
}
