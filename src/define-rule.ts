import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import {runRules} from './runner.js'
import type {Rule, RuleContext, RuleMeta, RuleVisitor} from './rule.js'
import {resolveSetting, type ActiveRule, type RuleSetting} from './settings.js'

/** Define a rule: every rule file exports the result of one call. */
export function defineRule<Options extends object>(
  meta: RuleMeta<Options>,
  create: (context: RuleContext<Options>) => RuleVisitor
): Rule<Options> {
  function rule(setting?: RuleSetting<Options>): Transformer<Root, Root> {
    const active = resolveSetting(rule as Rule<Options>, setting ?? 'warn')
    return function (tree: Root, file: VFile) {
      if (active) runRules(tree, file, [active as ActiveRule])
    }
  }
  return Object.assign(rule, {meta, create})
}
