import {readdirSync, readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {rules} from '../src/index.js'
import {renderRulePage, withRulesTable} from '../scripts/rule-docs.js'

it('has a current documentation page for every rule (run `npm run docs`)', () => {
  for (const rule of Object.values(rules)) {
    const page = readFileSync(`examples/rules/${rule.meta.id}.md`, 'utf8')
    expect(page, rule.meta.id).toBe(renderRulePage(rule))
  }
  const pages = readdirSync('examples/rules').filter((name) => name.endsWith('.md'))
  expect(pages.sort()).toEqual(Object.keys(rules).map((id) => `${id}.md`).sort())
})

it('has a current rules table in README.md (run `npm run docs`)', () => {
  const readme = readFileSync('README.md', 'utf8')
  expect(readme).toBe(withRulesTable(readme))
})
