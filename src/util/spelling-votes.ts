// Shared by the rules that keep a name to one spelling across a file
// (`title-parity`, `place-name-parity`): they must agree on which spelling wins.

/** One occurrence of a name in the English, and how it is spelled there. */
export interface SpelledName {
  /** The name as the source writes it (the key the occurrences are grouped by). */
  name: string
  /** The spelling compared: occurrences with equal spellings are votes for one form. */
  spelling: string
}

/** A name spelled more than one way: the spelling that wins and the occurrences spelled otherwise. */
export interface SpellingVote<Occurrence extends SpelledName> {
  name: string
  /** The first occurrence of the winning spelling: the most frequent, on a tie the first seen. */
  preferred: Occurrence
  /** Every occurrence spelled otherwise, in order. */
  others: Occurrence[]
}

/** Group occurrences by name, and for each name spelled two ways or more say which spelling wins. */
export function spellingVotes<Occurrence extends SpelledName>(occurrences: readonly Occurrence[]): Array<SpellingVote<Occurrence>> {
  const byName = new Map<string, Occurrence[]>()
  for (const occurrence of occurrences) {
    const list = byName.get(occurrence.name)
    if (list) list.push(occurrence)
    else byName.set(occurrence.name, [occurrence])
  }
  const votes: Array<SpellingVote<Occurrence>> = []
  for (const [name, list] of byName) {
    const counts = new Map<string, number>()
    for (const occurrence of list) counts.set(occurrence.spelling, (counts.get(occurrence.spelling) ?? 0) + 1)
    if (counts.size < 2) continue
    // Map order is the order first seen, so a tie keeps the earlier spelling.
    let preferred = list[0]!.spelling
    for (const [spelling, count] of counts) if (count > counts.get(preferred)!) preferred = spelling
    votes.push({
      name,
      preferred: list.find((occurrence) => occurrence.spelling === preferred)!,
      others: list.filter((occurrence) => occurrence.spelling !== preferred)
    })
  }
  return votes
}
