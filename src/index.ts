import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {resolveRules, type Options} from './options.js'
import {loadGlossary, resolveGlossary} from './glossary/index.js'
import {runRules} from './runner.js'

/**
 * The preset as a unified plugin: `unified().use(retextEnglish).use(officialese)`.
 * Runs the `recommended` preset, or `options.preset`, with `options.rules` on top.
 * A `glossary` file path is read on the first (async) run.
 */
const officialese: Plugin<[Options?], Root> = function (options = {}) {
  const active = resolveRules(options)
  const path = options.glossary
  if (typeof path === 'string') {
    let loading: ReturnType<typeof loadGlossary> | undefined
    return async function (tree: Root, file: VFile) {
      loading ??= loadGlossary(path)
      runRules(tree, file, active, options.format, resolveGlossary(await loading))
    }
  }
  const glossary = resolveGlossary(options.glossary)
  return function (tree: Root, file: VFile) {
    runRules(tree, file, active, options.format, glossary)
  }
}

export default officialese
export {check, checkSync, toFile, type Input} from './check.js'
export {checkPairs, checkPairsSync, alignedText, type Pair} from './bilingual/pairs.js'
export {readTranslation, translationExtensions, translationFormatOf} from './bilingual/formats.js'
export {TranslationFileError, type TranslationDocument, type TranslationFormat, type TranslationSegment} from './bilingual/target-text.js'
export {ParagraphCountError, pairWithSource} from './bilingual/source-document.js'
export type {CheckOptions, CheckSyncOptions} from './check.js'
export {checkStream, checkStreamToFile, type Chunks, type StreamOptions} from './stream.js'
export {fix, fixSync, applyEdits, editsOf, type Edit, type FixOptions} from './fix.js'
export {resolveRules, type Options} from './options.js'
export {shippedGlossary, type Glossary, type GlossaryEntry, type GlossaryInput, type GlossaryOption} from './glossary/index.js'
export {presets, recommended, publication, type PresetName} from './preset.js'
export {rules} from './rules/index.js'
export {defineRule} from './define-rule.js'
export {ruleUrl} from './rule.js'
export type {Finding, FixLevel, Format, Rule, RuleContext, RuleExample, RuleMeta, RuleVisitor, SourceWindow} from './rule.js'
export type {Paragraph} from './paragraph.js'
export {ConfigError, type RuleSetting, type RuleSettings, type Severity} from './settings.js'
export {MESSAGE_SOURCE, formatOf} from './runner.js'
export {applyInlineControl, findDirectives, fixWithInlineControl, isSuppressed, type Directive, type DirectiveKind} from './inline-control.js'
