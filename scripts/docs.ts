// Writes examples/rules/<rule-id>.md and the rules table in README.md from
// the rules' metadata; `tests/docs.test.ts` fails when they are stale.
import {readFileSync, writeFileSync} from 'node:fs'
import {rules} from '../src/index.js'
import {renderRulePage, withRulesTable} from './rule-docs.js'

for (const rule of Object.values(rules)) {
  writeFileSync(`examples/rules/${rule.meta.id}.md`, renderRulePage(rule))
}
writeFileSync('README.md', withRulesTable(readFileSync('README.md', 'utf8')))
console.log(`wrote ${Object.keys(rules).length} rule pages and the README table`)
