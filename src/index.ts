import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {resolveRules, type Options} from './config.js'
import {runRules} from './lint.js'

/**
 * The preset as a unified plugin: `unified().use(retextEnglish).use(officialese)`.
 * Runs the `recommended` preset, or `options.preset`, with `options.rules` on top.
 */
const officialese: Plugin<[Options?], Root> = function (options = {}) {
  const active = resolveRules(options)
  return function (tree: Root, file: VFile) {
    runRules(tree, file, active, options.format)
  }
}

export default officialese
export {check, checkSync, toFile, type Input} from './check.js'
export {fix, fixSync, applyEdits, editsOf, type Edit, type FixOptions} from './fix.js'
export {resolveRules, type Options} from './config.js'
export {presets, recommended, publication, type PresetName} from './preset.js'
export {rules} from './rules/index.js'
export {defineRule, ruleUrl} from './rule.js'
export type {Finding, FixLevel, Format, Rule, RuleContext, RuleExample, RuleMeta, RuleVisitor} from './rule.js'
export type {Paragraph} from './paragraph.js'
export {ConfigError, type RuleSetting, type RuleSettings, type Severity} from './settings.js'
export {MESSAGE_SOURCE, formatOf} from './lint.js'
