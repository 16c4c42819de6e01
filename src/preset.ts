import type {RuleSettings} from './settings.js'

/** Preset names accepted by `options.preset`. */
export type PresetName = 'recommended' | 'publication' | 'none'

/**
 * `recommended`: artifacts of machine translation, wrong in any house style.
 * `error` marks findings that are almost never right in published text;
 * the rest are warnings a person should look at.
 */
export const recommended: RuleSettings = {
  // Repetition and titles
  'repeated-word': 'error'
}

/**
 * `publication`: `recommended` plus the conventions of published officialese
 * that careful human translators also break (typographic quotes, dates
 * without ordinals).
 */
export const publication: RuleSettings = {
  ...recommended
}

/** The presets by name; `none` starts from no rules, for enabling rules one by one. */
export const presets: Record<PresetName, RuleSettings> = {recommended, publication, none: {}}
