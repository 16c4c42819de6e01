import {describe, expect, it} from 'vitest'
import {rules} from '../src/index.js'
import {checkExample, fixExample, formatMessage} from './helpers.js'

// Every documented example of every rule is a test: its messages, its fixed
// text, and that fixing again changes nothing. An example with a `source` is
// read as aligned pairs, its paragraphs zipped with the source's.
for (const rule of Object.values(rules)) {
  describe(rule.meta.id, () => {
    const inputs = rule.meta.examples.map((example) => JSON.stringify([example.input, example.options ?? {}, example.format, example.source]))

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
        expect(String(fixExample(rule, example, 'safe', fixed))).toBe(fixed)

        if (example.outputAll !== undefined) {
          expect(String(fixExample(rule, example, 'all'))).toBe(example.outputAll)
        }
      })
    }
  })
}
