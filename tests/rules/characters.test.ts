import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const seed = readFileSync(new URL('../../examples/party-building.txt', import.meta.url), 'utf8')

const characterRules = {
  whitespace: 'warn',
  'fullwidth-punctuation': 'warn',
  'cjk-brackets': 'warn',
  'cjk-residue': 'warn',
  'scraped-boilerplate': 'warn',
  'date-phrasing': 'warn'
} as const
const onlyCharacterRules = {preset: 'none', rules: characterRules} as const

function findings(value: string, options: Parameters<typeof checkSync>[1] = {}) {
  return checkSync(value, options).messages.filter((message) => message.ruleId! in characterRules)
}

describe('the seed', () => {
  it('flags the stray no-break space, the boilerplate and "In September 17th"', () => {
    const messages = findings(seed)
    const byRule = (id: string) => messages.filter((message) => message.ruleId === id)
    expect(byRule('whitespace').map((message) => message.actual)).toEqual([' \u00A0'])
    expect(byRule('scraped-boilerplate').map((message) => message.actual?.trim())).toEqual([
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *'
    ])
    expect(byRule('date-phrasing').map((message) => message.actual)).toEqual(['In'])
    expect(messages.every((message) => message.autofix)).toBe(true)
  })

  it('is fixed with the publication preset', () => {
    const fixed = String(fixSync(seed, {preset: 'publication'}))
    expect(fixed).toContain('On September 17, Su Rong')
    expect(fixed.endsWith('democratic assessment.')).toBe(true)
    expect(fixed).not.toContain('\u00A0')
    expect(fixed).not.toContain('Leave a Reply')
  })

  it('keeps the ordinal with the recommended preset', () => {
    expect(String(fixSync(seed, onlyCharacterRules))).toContain('On September 17th, Su Rong')
  })
})

describe('a sample with every full-width mark, bracket and marker', () => {
  const sample =
    '一、Guiding thought\n（一）General requirements\n①Party building、clean government and ②reform：growth 。Prices rose 5％（year on year）；did they？Yes！「Serve the People」，『the masses』，【Notice】 and《Civil Code》〈Preface〉.\n一是 strengthen leadership; 二是 improve conduct.'
  const mapped =
    'I. Guiding thought\n(1) General requirements\n(1) Party building, clean government and (2) reform: growth. Prices rose 5% (year on year); did they? Yes! “Serve the People”, ‘the masses’, [Notice] and “Civil Code” ‘Preface’.\n'

  it('is mapped by `fix`, except the suggested point markers', () => {
    expect(String(fixSync(sample, onlyCharacterRules))).toBe(mapped + '一是 strengthen leadership; 二是 improve conduct.')
  })

  it('is fully mapped with every suggestion applied', () => {
    const fixed = String(fixSync(sample, {...onlyCharacterRules, apply: 'all'}))
    expect(fixed).toBe(mapped + 'First, strengthen leadership; second, improve conduct.')
    expect(fixed).not.toMatch(/[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60\u2460-\u249B]/u)
  })
})

describe('whitespace', () => {
  it('never flags a Markdown hard line break', () => {
    expect(findings('One line  \nanother line\n', {...onlyCharacterRules, format: 'markdown'})).toEqual([])
  })

  it('leaves spaces in HTML alone, except invisible ones and those before punctuation', () => {
    const messages = findings('<p>One  line\n   goes on ,\u200Bhere.</p>', {...onlyCharacterRules, format: 'html'})
    expect(messages.map((message) => message.actual)).toEqual([' ', '\u200B'])
  })

  it('removes trailing spaces before a line break and at the end', () => {
    expect(String(fixSync('First line.   \nSecond line.  ', onlyCharacterRules))).toBe('First line.\nSecond line.')
  })
})

describe('scraped-boilerplate', () => {
  it('removes a leading block with the line breaks after it', () => {
    const body = 'The meeting studied the spirit of the congress and set out the tasks for the year, with leaders of every city and county in the province taking part in it.'
    expect(String(fixSync(`Print\n\nShare to WeChat\n\n${body}\n`, onlyCharacterRules))).toBe(`${body}\n`)
  })

  it('empties an HTML block safely', () => {
    expect(String(fixSync('<p>The article.</p><p>Print</p>', {...onlyCharacterRules, format: 'html'}))).toBe(
      '<p>The article.</p><p></p>'
    )
  })

  it('keeps a Markdown list item, only suggesting its removal', () => {
    const messages = findings('The article.\n\n- Print\n', {...onlyCharacterRules, format: 'markdown'})
    expect(messages.map((message) => [message.actual, message.autofix])).toEqual([['Print', false]])
  })

  it('flags a headline site name in the publication preset only', () => {
    const headline = 'Rural workers can be a rural revitalization army - Xinhuanet'
    expect(findings(headline).filter((message) => message.ruleId === 'scraped-boilerplate')).toEqual([])
    expect(
      findings(headline, {preset: 'publication'})
        .filter((message) => message.ruleId === 'scraped-boilerplate')
        .map((message) => message.actual)
    ).toEqual([' - Xinhuanet'])
  })

  it('takes literal strings in `patterns`', () => {
    const options = {preset: 'none' as const, rules: {'scraped-boilerplate': ['warn', {patterns: ['Follow us (WeChat)']}] as ['warn', object]}}
    expect(String(fixSync('The article.\n\nFollow us (WeChat)', options))).toBe('The article.')
  })
})

describe('cjk-residue', () => {
  it('flags the site name left in a human reference (hn.11308 refA)', () => {
    const messages = findings('Spirit of the 20th Party Congress - Scrolling News - Hunan Daily Online - 华声在线')
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([['cjk-residue', '华声在线']])
  })

  it('leaves the marks inside quoted Chinese text to itself', () => {
    const messages = findings('The slogan “绿水青山，就是金山银山。” is known.')
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([['cjk-residue', '绿水青山，就是金山银山。']])
  })
})

describe('date-phrasing', () => {
  it('suggests the month for a day in the publication preset only', () => {
    const text = 'The talks opened on July 20. Li arrived on the 24th.'
    expect(findings(text).filter((message) => message.ruleId === 'date-phrasing')).toEqual([])
    const messages = findings(text, {preset: 'publication'}).filter((message) => message.ruleId === 'date-phrasing')
    expect(messages.map((message) => message.expected)).toEqual([['on July 24']])
  })

  it('does not take a year for a day', () => {
    expect(findings('It opened in May 2023 and closed in Sept. 2024.')).toEqual([])
  })
})
