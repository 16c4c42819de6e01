import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkSync, fixSync} from '../src/index.js'
import type {Rule, RuleExample} from '../src/rule.js'

/** A message as the examples write it: `line:column-line:column: reason`. */
export function formatMessage(message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return `?: ${message.reason}`
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${message.reason}`
}

/** Options that run `rule` alone with an example's options. */
export function onlyRule(rule: Rule<any>, example: RuleExample<any>) {
  return {
    preset: 'none' as const,
    rules: {[rule.meta.id]: ['warn', example.options ?? {}] as ['warn', object]},
    format: example.format
  }
}

/** Check an example with its rule alone. */
export function checkExample(rule: Rule<any>, example: RuleExample<any>): VFile {
  return checkSync(example.input, onlyRule(rule, example))
}

/** Fix an example with its rule alone. */
export function fixExample(rule: Rule<any>, example: RuleExample<any>, apply: 'safe' | 'all' = 'safe'): VFile {
  return fixSync(example.input, {...onlyRule(rule, example), apply})
}
