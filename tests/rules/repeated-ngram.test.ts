import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const alone = {preset: 'none' as const, rules: {'repeated-ngram': 'warn' as const}}

function findings(text: string, options: object = alone) {
  return checkSync(text, options).messages.map((message) => ({
    rule: message.ruleId,
    actual: message.actual,
    expected: message.expected,
    safe: message.autofix
  }))
}

describe('repeated-ngram traps', () => {
  it.each([
    'Prices rose faster and faster.',
    'Reform moves forward step by step.',
    'He checked it again and again.',
    'Study, study and study again.',
    'There were masses and masses of people and lots and lots of flags.',
    'Time and time again the river rose, over and over, on and on.',
    'More and more young people, and more and more old people, came.',
    'Thank you. Thank you.',
    'The colours are very, very different, and it happened many, many times.',
    'They held general meetings, meetings of branch committees and classes.',
    'It lies in Hualin, Hunan, Hunan Hualin Wire & Cable Co. supplied it.',
    'To help the jobless in the district, the District Committee ran a survey.',
    'The angles were minus 120 degrees, minus 120 degrees, 0 degrees.',
    'He was born in New York, New York.',
    'Put two and two together.',
    'The prize went to Li and Li, and to Wang or Wang.',
    'Hunan holds a work conference\nHunan holds a work conference\nThe conference opened.',
    'Each Party committee (general branch, branch) and each township (town, town office) reported.',
    'It set up Party committees, general branches, branches.',
    'The angles were 0 degrees, minus 120 degrees, minus 120 degrees.',
    'Growth was 5%, 5% and 7% in three years; prices rose 2 points, 2 points, then 3 points.',
    'The forum was part of the Belt and Road Initiative. The Belt and Road Initiative was proposed in 2013.',
    'The work was approved by the county Party committee. The county Party committee then held a meeting.',
    'It ended in a so-so draw, a Win-Win deal, talks in Baden-Baden, Bora-Bora and Pago-Pago, and Li-Li and Lang-Lang played.',
    'He said bye-bye; Bye-bye, she said; it was a no-no.',
    'Reform moves forward step by step, faster and faster, again and again.',
    'Ties with Vietnam and New Zealand, the Vietnam-New Zealand partnership, grew.'
  ])('leaves %j alone', (text) => {
    expect(findings(text)).toEqual([])
  })

  it('reports a copy of three or more words as a safe fix', () => {
    expect(findings('He sat in the middle of the table in the middle of the table.')).toEqual([
      {rule: 'repeated-ngram', actual: 'in the middle of the table in the middle of the table', expected: ['in the middle of the table'], safe: true}
    ])
    expect(String(fixSync('He sat in the middle of the table in the middle of the table.', alone))).toBe(
      'He sat in the middle of the table.'
    )
  })

  it('suggests a two-word copy and a copy after a comma', () => {
    expect(findings('the developer The developer may exchange it')[0]?.safe).toBe(false)
    expect(findings('to go to the depth, to the heart, to the heart.')).toEqual([
      {rule: 'repeated-ngram', actual: 'to the heart, to the heart', expected: ['to the heart'], safe: false}
    ])
  })

  it('reports a long loop once', () => {
    const text = `They visited the University of ${Array(80).fill('Bern').join(', ')}, and the old town.`
    const messages = findings(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.actual).toBe(Array(80).fill('Bern').join(', '))
    expect(String(fixSync(text, {...alone, apply: 'all'}))).toBe('They visited the University of Bern, and the old town.')
  })

  it('reports three runs of a word, not two', () => {
    expect(findings('to promote the continuous deepening, deepening, deepening of the work')).toHaveLength(1)
    expect(findings('to promote the continuous deepening, deepening of the work')).toEqual([])
  })

  it('reports a long sentence repeated later in its paragraph, not a short one', () => {
    const long = 'The county must improve the quality of Party building work this year.'
    expect(findings(`${long} It met twice. ${long}`)).toEqual([
      {rule: 'repeated-ngram', actual: ` ${long}`, expected: [''], safe: false}
    ])
    expect(findings('The work went on. It met twice. The work went on.')).toEqual([])
    expect(String(fixSync(`${long} It met twice. ${long}`, {...alone, apply: 'all'}))).toBe(`${long} It met twice.`)
  })

  it('leaves a single repeated word to repeated-word', () => {
    const messages = findings('Police broke up a protest protest in the the square.', {preset: 'recommended'})
    expect(messages.map((message) => message.rule)).toEqual(['repeated-word', 'repeated-word'])
    expect(findings('It was that that that that mattered.')).toEqual([])
  })

  it('reports a word joined to itself once, not as a loop too', () => {
    expect(findings('the list of stocks subject to financing and financing and the list of securities')).toEqual([
      {rule: 'repeated-ngram', actual: 'financing and financing', expected: [], safe: false}
    ])
    expect(findings('Urumqi Health and Health Commission')).toHaveLength(1)
  })

  it('never edits Markdown markup', () => {
    const text = 'He sat in **the middle of the table** in the middle of the table.\n'
    const messages = checkSync(text, {...alone, format: 'markdown'}).messages
    expect(messages).toHaveLength(1)
    // A copy across emphasis has no rewrite that keeps the markup whole.
    expect(messages[0]!.expected).toEqual([])
    expect(String(fixSync(text, {...alone, format: 'markdown', apply: 'all'}))).toBe(text)
    const plain = 'He sat in *the* room, in the middle of the table in the middle of the table.\n'
    expect(String(fixSync(plain, {...alone, format: 'markdown'}))).toBe('He sat in *the* room, in the middle of the table.\n')
  })

  it('reports a word doubled after a list closed by `or`', () => {
    expect(findings('We look at relative income, or social status, status - the size of the gap.')).toEqual([
      {rule: 'repeated-ngram', actual: 'status, status', expected: ['status'], safe: false}
    ])
  })

  it('reports a copy with a figure after a comma unless another value stands beside it', () => {
    expect(findings('The rate has reached 91%, has reached 91%, above the average.')).toEqual([
      {rule: 'repeated-ngram', actual: 'has reached 91%, has reached 91%', expected: ['has reached 91%'], safe: false}
    ])
    expect(findings('The rate has reached 91%, has reached 91%, then 95%.')).toEqual([])
  })

  it('offers to remove a sentence that copies the end of the one before', () => {
    const text = 'They agreed that the plan is the basis of all cooperation. The plan is the basis of all cooperation!'
    expect(findings(text)).toEqual([
      {rule: 'repeated-ngram', actual: ' The plan is the basis of all cooperation!', expected: [''], safe: false}
    ])
    expect(String(fixSync(text, {...alone, apply: 'all'}))).toBe('They agreed that the plan is the basis of all cooperation.')
    // Three words are not enough, and the sentence before must hold more than the copy.
    expect(findings('He saw the plan work. The plan work.')).toEqual([])
    expect(findings('The meeting heard the report. The meeting heard the report.')).toHaveLength(1)
  })

  it('flags a sentence that goes on from a long copy of the end of the one before', () => {
    const copy = 'the county must improve the quality of Party building work'
    const messages = findings(`He stressed that ${copy}. ${copy[0]!.toUpperCase()}${copy.slice(1)} and train cadres.`)
    expect(messages).toEqual([
      {rule: 'repeated-ngram', actual: 'The county must improve the quality of Party building work', expected: [], safe: false}
    ])
  })


  it('flags a name joined to itself by a hyphen or dash', () => {
    expect(findings('the Vietnam-Vietnam partnership')).toEqual([
      {rule: 'repeated-ngram', actual: 'Vietnam-Vietnam', expected: [], safe: false}
    ])
    expect(findings('the US\u2013US talks and the Sino-Japan-Japan forum').map((message) => message.actual)).toEqual([
      'US\u2013US',
      'Sino-Japan-Japan'
    ])
    expect(checkSync('the Vietnam-Vietnam partnership', alone).messages[0]?.category).toBe('accuracy/mistranslation')
    expect(findings('the Vietnam-Vietnam partnership', {preset: 'none', rules: {'repeated-ngram': ['warn', {xAndX: false}]}})).toEqual([])
  })

  it('can turn the x-and-x check off', () => {
    expect(findings('financing and financing', {preset: 'none', rules: {'repeated-ngram': ['warn', {xAndX: false}]}})).toEqual([])
  })

  it('takes a name twice in a list for a loop, but not a city and its state', () => {
    expect(findings('Leaders Zhou Min, Tan Hua, Tan Hua, and Li Jun attended.').map((f) => f.actual)).toEqual(['Tan Hua, Tan Hua'])
    expect(findings('Leaders Zhou Min, Tan Hua, Tan Hua attended.').map((f) => f.actual)).toEqual([])
    expect(findings('He moved from Albany to New York, New York in 1990.')).toEqual([])
  })

  it('flags a clause joined to a copy of itself, and only a whole clause', () => {
    expect(findings('We must curb the spread of floods and curb the spread of floods.').map((f) => f.safe)).toEqual([false])
    expect(findings('Deal with them in accordance with the law, and punish them in accordance with the law.')).toEqual([])
    expect(findings('They study again and again, and again and again.')).toEqual([])
  })
})
