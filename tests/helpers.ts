import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {alignedText, targetSeparator, type Pair} from '../src/bilingual/pairs.js'
import {checkSync, type Input} from '../src/check.js'
import {fixSync, fixWith} from '../src/fix.js'
import type {Format, Rule, RuleExample} from '../src/rule.js'

/** A message as the examples write it: `line:column-line:column: reason`. */
export function formatMessage(message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return `?: ${message.reason}`
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${message.reason}`
}

/** Options that run the rule `id` alone, with `options` for it. */
export function ruleAlone(id: string, options: object = {}, format?: Format) {
  return {preset: 'none' as const, rules: {[id]: ['warn', options] as ['warn', object]}, format}
}

/** Options that run `rule` alone with an example's options. */
export function onlyRule(rule: Rule<any>, example: RuleExample<any>) {
  return ruleAlone(rule.meta.id, example.options, example.format)
}

/**
 * A bilingual example's pairs: the paragraphs of `text` (the example's input,
 * or what fixing made of it) zipped with those of its source, both split on
 * blank lines; `undefined` for an example without a source.
 */
export function examplePairs(example: RuleExample<any>, text: string = example.input): Pair[] | undefined {
  if (example.source === undefined) return undefined
  const sources = example.source.split(targetSeparator)
  const targets = text.split(targetSeparator)
  if (sources.length !== targets.length) {
    throw new Error(`Example "${example.name}" has ${sources.length} source paragraphs but ${targets.length} in the translation`)
  }
  return sources.map((source, index) => ({source, target: targets[index]!}))
}

/** `checkSync` for an example's text: a bilingual example is read as aligned pairs, as `checkPairs` reads them. */
function exampleChecker(example: RuleExample<any>) {
  return (input: Input, options: Parameters<typeof checkSync>[1]): VFile => {
    const pairs = examplePairs(example, String(input))
    return checkSync(input, pairs ? {...options, format: 'text', segments: alignedText(pairs).segments} : options)
  }
}

/** Check an example with its rule alone. */
export function checkExample(rule: Rule<any>, example: RuleExample<any>): VFile {
  return exampleChecker(example)(example.input, onlyRule(rule, example))
}

/** Fix an example (or `input`, text made from it) with its rule alone. */
export function fixExample(rule: Rule<any>, example: RuleExample<any>, apply: 'safe' | 'all' = 'safe', input: string = example.input): VFile {
  if (example.source === undefined) return fixSync(input, {...onlyRule(rule, example), apply})
  return fixWith(exampleChecker(example), input, {...onlyRule(rule, example), apply})
}
