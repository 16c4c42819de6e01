import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkSync, fixSync} from '../src/index.js'
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

/** Check an example with its rule alone. */
export function checkExample(rule: Rule<any>, example: RuleExample<any>): VFile {
  return checkSync(example.input, onlyRule(rule, example))
}

/** Fix an example with its rule alone. */
export function fixExample(rule: Rule<any>, example: RuleExample<any>, apply: 'safe' | 'all' = 'safe'): VFile {
  return fixSync(example.input, {...onlyRule(rule, example), apply})
}
