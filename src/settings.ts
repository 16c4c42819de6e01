import type {Rule, RuleSetting, Severity} from './rule.js'

export type {RuleSetting, Severity} from './rule.js'

/** Per-rule settings keyed by rule id. */
export type RuleSettings = Record<string, RuleSetting<any>>

/** A rule that will run, with its severity and complete options. */
export interface ActiveRule<Options extends object = any> {
  rule: Rule<Options>
  severity: Exclude<Severity, 'off'>
  options: Options
}

/** A configuration mistake; `key` names the setting at fault. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly key: string
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}

const severities: readonly string[] = ['off', 'warn', 'error']

/**
 * Check a setting against the rule's metadata and fill in default options.
 * Returns `undefined` for `off`; throws `ConfigError` for a bad level or option.
 */
export function resolveSetting<Options extends object>(
  rule: Rule<Options>,
  setting: unknown
): ActiveRule<Options> | undefined {
  const key = `rules.${rule.meta.id}`
  const [severity, options] = Array.isArray(setting) ? setting : [setting]

  if (typeof severity !== 'string' || !severities.includes(severity)) {
    throw new ConfigError(
      `Expected \`off\`, \`warn\` or \`error\` for \`${key}\`, not ${JSON.stringify(severity)}`,
      key
    )
  }

  if (Array.isArray(setting) && setting.length > 2) {
    throw new ConfigError(`Expected \`[severity, options]\` for \`${key}\``, key)
  }

  const merged = mergeOptions(rule, options, key)
  return severity === 'off'
    ? undefined
    : {rule, severity: severity as ActiveRule['severity'], options: merged}
}

function mergeOptions<Options extends object>(
  rule: Rule<Options>,
  options: unknown,
  key: string
): Options {
  const defaults = rule.meta.defaultOptions as Record<string, unknown>
  if (options === undefined || options === null) return defaults as Options
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigError(`Expected an options object for \`${key}\``, key)
  }

  const merged: Record<string, unknown> = {...defaults}
  for (const [name, value] of Object.entries(options)) {
    const optionKey = `${key}.${name}`
    if (!Object.hasOwn(defaults, name)) {
      const known = Object.keys(defaults)
      throw new ConfigError(
        `Unknown option \`${optionKey}\`` +
          (known.length > 0 ? ` (expected one of ${known.map((k) => `\`${k}\``).join(', ')})` : ' (the rule takes no options)'),
        optionKey
      )
    }

    const fallback = defaults[name]
    if (value !== undefined && !sameKind(fallback, value)) {
      throw new ConfigError(
        `Expected ${kindOf(fallback)} for \`${optionKey}\`, not ${kindOf(value)}`,
        optionKey
      )
    }

    const choices = (rule.meta.optionChoices as Record<string, readonly string[] | undefined> | undefined)?.[name]
    if (choices && !choices.includes(value as string)) {
      throw new ConfigError(
        `Expected one of ${choices.map((c) => `\`${c}\``).join(', ')} for \`${optionKey}\`, not ${JSON.stringify(value)}`,
        optionKey
      )
    }

    if (value !== undefined) merged[name] = value
  }

  return merged as Options
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null || value === undefined) return 'nothing'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function sameKind(fallback: unknown, value: unknown): boolean {
  if (fallback === undefined || fallback === null) return true
  if (Array.isArray(fallback)) return Array.isArray(value)
  if (typeof fallback === 'object') {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  }
  return typeof fallback === typeof value
}
