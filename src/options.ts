import type {GlossaryOption} from './glossary/types.js'
import {presets, type PresetName} from './preset.js'
import type {Format} from './rule.js'
import {rules} from './rules/index.js'
import {ConfigError, resolveSetting, type ActiveRule, type RuleSettings} from './settings.js'

/** Options shared by the preset plugin, `check` and `fix`. */
export interface Options {
  /** `recommended` (default): machine-translation artifacts; `publication` adds house conventions; `none`: only `rules`. */
  preset?: PresetName
  /** Per-rule settings on top of the preset: `'off' | 'warn' | 'error' | [severity, options]`. */
  rules?: RuleSettings
  /** Input format; inferred from a VFile's extension, else `text`. */
  format?: Format
  /**
   * Glossary entries merged over the shipped glossary (`{titles, terms, slogans}`),
   * or the path of a JSON or YAML file holding them (async `check`/`fix` and the preset only).
   */
  glossary?: GlossaryOption
  /** The original document (Chinese) the input translates, paired paragraph by paragraph. */
  sourceText?: string
}

const presetNames = Object.keys(presets)

/**
 * The rules to run for `options`, each with its severity and options.
 * Throws `ConfigError` for an unknown preset, rule, level or option.
 */
export function resolveRules(options: Options = {}): ActiveRule[] {
  const presetName = options.preset ?? 'recommended'
  if (!Object.hasOwn(presets, presetName)) {
    throw new ConfigError(
      `Unknown preset \`${String(presetName)}\` (expected ${presetNames.map((name) => `\`${name}\``).join(', ')})`,
      'preset'
    )
  }

  const overrides = options.rules ?? {}
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new ConfigError('Expected an object mapping rule ids to settings for `rules`', 'rules')
  }

  for (const id of Object.keys(overrides)) {
    if (!Object.hasOwn(rules, id)) {
      throw new ConfigError(`Unknown rule \`${id}\` in \`rules\``, `rules.${id}`)
    }
  }

  const preset = presets[presetName]
  const active: ActiveRule[] = []
  for (const [id, rule] of Object.entries(rules)) {
    const setting = Object.hasOwn(overrides, id) ? mergeSetting(preset[id], overrides[id]) : preset[id]
    const resolved = resolveSetting(rule, setting ?? 'off')
    if (resolved) active.push(resolved)
  }

  return active
}

// A user's options for a rule extend the preset's options for it, so that
// `['error']` changes the level without dropping the preset's options.
function mergeSetting(base: unknown, override: unknown): unknown {
  const [, baseOptions] = Array.isArray(base) ? base : [base]
  if (!Array.isArray(override)) {
    return baseOptions === undefined ? override : [override, baseOptions]
  }
  const [severity, options] = override
  if (baseOptions === undefined) return override
  if (options === undefined) return [severity, baseOptions]
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return override
  return [severity, {...baseOptions, ...options}]
}
