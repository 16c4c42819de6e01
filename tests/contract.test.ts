import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {MESSAGE_SOURCE, presets, rules, ruleUrl} from '../src/index.js'
import {checkExample} from './helpers.js'

describe('the rule list', () => {
  it('matches the files in src/rules', () => {
    const files = readdirSync('src/rules')
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.data.ts'))
      .map((name) => name.slice(0, -3))
    expect(Object.keys(rules).sort()).toEqual(files.sort())
    for (const [id, rule] of Object.entries(rules)) expect(rule.meta.id).toBe(id)
  })

  it('has presets that name only known rules, and every rule in one', () => {
    for (const settings of Object.values(presets)) {
      for (const id of Object.keys(settings)) expect(Object.keys(rules)).toContain(id)
    }
    for (const id of Object.keys(rules)) {
      expect(presets.publication[id], `${id} in publication`).toBeDefined()
    }
  })
})

// Every message of every example carries the full contract.
for (const rule of Object.values(rules)) {
  it(`${rule.meta.id}: every message carries the contract`, () => {
    for (const example of rule.meta.examples) {
      const file = checkExample(rule, example)
      for (const message of file.messages) {
        const place = message.place
        expect(place && 'start' in place).toBe(true)
        if (!place || !('start' in place)) continue
        const start = place.start.offset!
        const end = place.end.offset!
        expect(message.ruleId).toBe(rule.meta.id)
        expect(message.source).toBe(MESSAGE_SOURCE)
        expect(message.url).toBe(ruleUrl(rule.meta.id))
        expect(message.actual).toBe(example.input.slice(start, end))
        expect(Array.isArray(message.expected)).toBe(true)
        expect(typeof message.autofix).toBe('boolean')
        if (message.autofix) expect(message.expected!.length).toBeGreaterThan(0)
        expect(message.category).toMatch(/^[a-z]+(\/[a-z][a-z -]*)+$/)
        expect(message.reason).toMatch(/^[A-Z`]/)
      }
    }
  })
}
