/**
 * One glossary entry: an established English form and the renderings it
 * replaces. Shipped entries live in `titles.ts`, `terms.ts` and `slogans.ts`;
 * users add or override entries with the `glossary` option.
 */
export interface GlossaryEntry {
  /** The established English form, written as it should appear mid-sentence. */
  official: string
  /** Renderings to replace with `official`; matched whole-word and case-insensitively. `[]` switches a shipped entry off. */
  variants: string[]
  /**
   * `safe` when a variant differs from `official` only in spelling, hyphens or
   * case (applied by `fix`); `suggest` when it is another word (offered only).
   * Default: `suggest`.
   */
  fix?: 'safe' | 'suggest'
  /** Where the official form is published (documentation only). */
  source?: string
  /**
   * The Chinese term (or terms) this entry renders, e.g. `组织部部长`: where a
   * translation's source holds one, `source-terminology` expects the target to
   * use `official` (or the official form of an entry of the same term or concept).
   */
  zh?: string | string[]
  /** Terms only: entries with the same concept count as one term for consistency. Default: `official`, lowercased. */
  concept?: string
  /** Apply only in documents that contain one of these phrases (case-insensitive). */
  requires?: string[]
  /** Longer phrases in which a variant is correct, e.g. `NATO Secretary General`. */
  except?: string[]
  /**
   * Terms and calques: the official form takes no article ("Party building"), so a
   * variant after `the` that ends its noun phrase ("strengthen the party
   * construction.") is replaced together with the article.
   */
  noArticle?: boolean
  /**
   * Slogans only: the variants are calques no English sentence writes
   * ("four consciousness"), so they are found outside quotation marks too.
   */
  unquoted?: boolean
}

/** The three tables of a glossary. */
export interface Glossary {
  /** Official titles and organs: read by `official-title-term`. */
  titles: GlossaryEntry[]
  /** Concepts with one preferred rendering: read by `term-consistency`. */
  terms: GlossaryEntry[]
  /** Numbered political slogans: read by `numeric-slogan`. */
  slogans: GlossaryEntry[]
}

/** The tables' names, in the order they are documented. */
export const glossarySections = ['titles', 'terms', 'slogans'] as const

/** A user glossary: any of the three tables, merged over the shipped one. */
export type GlossaryInput = Partial<Glossary>

/** The `glossary` option: entries inline, or the path of a JSON or YAML file holding them. */
export type GlossaryOption = GlossaryInput | string
