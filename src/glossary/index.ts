import {ConfigError} from '../settings.js'
import {slogans} from './slogans.js'
import {terms} from './terms.js'
import {titles} from './titles.js'
import {glossarySections, type Glossary, type GlossaryEntry, type GlossaryInput, type GlossaryOption} from './types.js'

export type {Glossary, GlossaryEntry, GlossaryInput, GlossaryOption} from './types.js'
export {glossarySections} from './types.js'

/** The glossary shipped with the library. */
export const shippedGlossary: Glossary = {titles, terms, slogans}

const merged = new WeakMap<object, Glossary>()

/**
 * The glossary the rules read for `option`: the shipped one, or a user
 * glossary given inline merged over it. Throws `ConfigError` for a bad entry,
 * and for a file path, which only the async `check`/`fix` can read.
 */
export function resolveGlossary(option: GlossaryOption | undefined): Glossary {
  if (option === undefined || option === null) return shippedGlossary
  if (typeof option === 'string') {
    throw new ConfigError(
      `\`glossary\` is a file path (\`${option}\`): read it with the async \`check\` or \`fix\`, or pass its entries inline to \`checkSync\`/\`fixSync\``,
      'glossary'
    )
  }
  const cached = merged.get(option)
  if (cached) return cached
  const glossary = mergeGlossary(shippedGlossary, validateGlossary(option, 'glossary'))
  merged.set(option, glossary)
  return glossary
}

/**
 * Read a glossary option for the async API: a path is loaded (JSON or YAML)
 * by a module that only Node needs, so browsers never load `node:fs`.
 */
export async function loadGlossary(option: GlossaryOption | undefined): Promise<GlossaryOption | undefined> {
  if (typeof option !== 'string') return option
  const {readGlossaryFile} = await import('./load-file.js')
  // Validate here, where the file's name is known, so errors name it.
  const input = validateGlossary(await readGlossaryFile(option), option)
  merged.set(input, mergeGlossary(shippedGlossary, input))
  return input
}

/**
 * Merge `user` over `base`, table by table: a user entry replaces the base
 * entry with the same official form (case-insensitive) and is otherwise
 * added; a variant a user entry claims is taken away from every base entry.
 */
export function mergeGlossary(base: Glossary, user: GlossaryInput): Glossary {
  const result = {} as Glossary
  for (const section of glossarySections) {
    const additions = user[section] ?? []
    const replaced = new Set(additions.map((entry) => entry.official.toLowerCase()))
    const claimed = new Set(additions.flatMap((entry) => entry.variants.map((variant) => variant.toLowerCase())))
    // An entry whose official form a user lists as a variant is superseded too.
    const kept = base[section].filter(
      (entry) => !replaced.has(entry.official.toLowerCase()) && !claimed.has(entry.official.toLowerCase())
    )
    result[section] = [...withoutVariants(kept, claimed), ...additions]
  }
  return result
}

/**
 * `entries` without the variants in `claimed` (lowercase): a user's entry
 * that lists a variant takes it from every shipped one.
 */
export function withoutVariants<Entry extends GlossaryEntry>(entries: readonly Entry[], claimed: ReadonlySet<string>): Entry[] {
  return entries.map((entry) =>
    entry.variants.some((variant) => claimed.has(variant.toLowerCase()))
      ? {...entry, variants: entry.variants.filter((variant) => !claimed.has(variant.toLowerCase()))}
      : entry
  )
}

const entryKeys: Record<keyof GlossaryEntry, 'string' | 'strings' | 'string or strings' | 'fix' | 'boolean'> = {
  official: 'string',
  variants: 'strings',
  fix: 'fix',
  source: 'string',
  zh: 'string or strings',
  concept: 'string',
  requires: 'strings',
  except: 'strings',
  noArticle: 'boolean',
  unquoted: 'boolean'
}

/**
 * Check a user glossary's shape; `label` names it in errors (`glossary` or
 * the file path): `glossary.json: terms, entry 3 ("foo"): expected a string for \`official\``.
 */
export function validateGlossary(input: unknown, label: string): GlossaryInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ConfigError(
      `${label}: expected an object with ${glossarySections.map((name) => `\`${name}\``).join(', ')} lists`,
      'glossary'
    )
  }
  const result: GlossaryInput = {}
  for (const [section, entries] of Object.entries(input)) {
    if (!(glossarySections as readonly string[]).includes(section)) {
      throw new ConfigError(
        `${label}: unknown table \`${section}\` (expected ${glossarySections.map((name) => `\`${name}\``).join(', ')})`,
        'glossary'
      )
    }
    if (!Array.isArray(entries)) {
      throw new ConfigError(`${label}: expected a list of entries for \`${section}\``, 'glossary')
    }
    result[section as keyof Glossary] = entries.map((entry: unknown, index) =>
      validateEntry(entry, `${label}: ${section}, entry ${index + 1}`)
    )
  }
  return result
}

function validateEntry(entry: unknown, where: string): GlossaryEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new ConfigError(`${where}: expected an object with \`official\` and \`variants\``, 'glossary')
  }
  const record = entry as Record<string, unknown>
  const official = record['official']
  const named = typeof official === 'string' ? `${where} (${JSON.stringify(official)})` : where
  for (const [key, value] of Object.entries(record)) {
    const kind = entryKeys[key as keyof GlossaryEntry]
    if (kind === undefined) {
      throw new ConfigError(
        `${named}: unknown field \`${key}\` (expected ${Object.keys(entryKeys).map((name) => `\`${name}\``).join(', ')})`,
        'glossary'
      )
    }
    if (kind === 'string' && (typeof value !== 'string' || value.trim() === '')) {
      throw new ConfigError(`${named}: expected a string for \`${key}\``, 'glossary')
    }
    if (kind === 'strings' && (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === ''))) {
      throw new ConfigError(`${named}: expected a list of strings for \`${key}\``, 'glossary')
    }
    if (kind === 'string or strings' && !isNonBlank(value) && (!Array.isArray(value) || value.length === 0 || !value.every(isNonBlank))) {
      throw new ConfigError(`${named}: expected a string or a list of strings for \`${key}\``, 'glossary')
    }
    if (kind === 'boolean' && typeof value !== 'boolean') {
      throw new ConfigError(`${named}: expected \`true\` or \`false\` for \`${key}\``, 'glossary')
    }
    if (kind === 'fix' && value !== 'safe' && value !== 'suggest') {
      throw new ConfigError(`${named}: expected \`safe\` or \`suggest\` for \`fix\`, not ${JSON.stringify(value)}`, 'glossary')
    }
  }
  if (official === undefined) throw new ConfigError(`${named}: expected a string for \`official\``, 'glossary')
  if (record['variants'] === undefined) throw new ConfigError(`${named}: expected a list of strings for \`variants\``, 'glossary')
  return record as unknown as GlossaryEntry
}

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}
