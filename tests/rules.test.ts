import {describe, expect, it} from 'vitest'
import {fixSync, rules} from '../src/index.js'
import {checkExample, fixExample, formatMessage, onlyRule} from './helpers.js'

// Every documented example of every rule is a test: its messages, its fixed
// text, and that fixing again changes nothing.
for (const rule of Object.values(rules)) {
  describe(rule.meta.id, () => {
    const inputs = rule.meta.examples.map((example) => JSON.stringify([example.input, example.options ?? {}, example.format]))

    it('has distinct examples, some flagged and some not', () => {
      expect(new Set(inputs).size).toBe(inputs.length)
      expect(rule.meta.examples.some((example) => example.messages.length > 0)).toBe(true)
      expect(rule.meta.examples.some((example) => example.messages.length === 0)).toBe(true)
    })

    for (const example of rule.meta.examples) {
      it(example.name, () => {
        const file = checkExample(rule, example)
        expect(file.messages.map(formatMessage)).toEqual(example.messages)

        const fixable = file.messages.some((message) => message.autofix)
        if (fixable) expect(example.output, 'an example with a SAFE fix must give `output`').toBeDefined()
        const fixed = String(fixExample(rule, example))
        expect(fixed).toBe(example.output ?? example.input)
        expect(String(fixSync(fixed, onlyRule(rule, example)))).toBe(fixed)

        if (example.outputAll !== undefined) {
          expect(String(fixExample(rule, example, 'all'))).toBe(example.outputAll)
        }
      })
    }
  })
}
