import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const actuals = (text: string, format: 'text' | 'markdown' | 'html' = 'text') =>
  checkSync(text, ruleAlone('mid-sentence-capital', {}, format)).messages.map((message) => String(message.actual))

describe('mid-sentence-capital', () => {
  it('finds verbs after modal verbs, `also`, `be`, `and` and `to`', () => {
    expect(
      actuals(
        'Cadres will Go to the villages. The bureau also Requires that reports be filed. Cases will be Seriously handled. Towns should learn from Dayang, and Promote the work. They met to Discuss the plan.'
      )
    ).toEqual(['Go', 'Requires', 'Seriously', 'Promote', 'Discuss'])
  })

  it('finds sentence starters fused or after a lowercase word', () => {
    expect(actuals('Let the flag fly on the damThe militia joined. Those who report are rewardedIn the first half, fewer cases.')).toEqual([
      'The',
      'In'
    ])
    expect(actuals('Leaders should supervise and guide Each unit should keep a roster.')).toEqual(['Each'])
  })

  it('leaves proper nouns, surnames and Title Case names alone', () => {
    expect(
      actuals(
        'Vice Premier He Lifeng and He spoke. Delegates went to Beijing and Shanghai. The Belt and Road Initiative and the Made in China plan. A report by the Ministry of Culture and Tourism and Go Global firms.'
      )
    ).toEqual([])
  })

  it('leaves a verb that starts a Title Case name after `and` alone', () => {
    expect(actuals('The Office of Research and Develop Strategy met. Hunan and Build Group signed.')).toEqual([])
  })

  it('leaves months, days and acronyms alone', () => {
    expect(actuals('It will open in May and March. The CPC and the UN will WORK together on Monday.')).toEqual([])
  })

  it('leaves a sentence starter followed by a number or punctuation alone', () => {
    expect(actuals('The vote was for This, and the table lists Each 10 units.')).toEqual([])
  })

  it('lowercases a verb only when asked to apply suggestions', () => {
    const text = 'Departments should Strengthen cooperation.'
    expect(String(fixSync(text, ruleAlone('mid-sentence-capital')))).toBe(text)
    expect(String(fixSync(text, {...ruleAlone('mid-sentence-capital'), apply: 'all'}))).toBe('Departments should strengthen cooperation.')
  })

  it('maps places through Markdown markup and leaves code alone', () => {
    const file = checkSync('We will *Continue* to work and `runThe` code.', ruleAlone('mid-sentence-capital', {}, 'markdown'))
    expect(file.messages.map((message) => [message.actual, message.place && 'start' in message.place ? message.place.start.offset : -1])).toEqual([
      ['Continue', 9]
    ])
  })

  it('does not read across a line break', () => {
    expect(actuals('The county will\nContinue to work.')).toEqual([])
  })
})

describe('mid-sentence-capital: a capitalised common word closing a pair', () => {
  it('finds abstract nouns and adjectives after `and` or `or` before a clause mark', () => {
    expect(
      actuals('Residents live in comfort and Happiness, and the roads are clean or Passable; trust and Harmonious.')
    ).toEqual(['Happiness', 'Passable', 'Harmonious'])
  })

  it('finds such a word when the clause goes on in lowercase', () => {
    expect(actuals('They worked with care and Commitment to the people.')).toEqual(['Commitment'])
  })

  it('leaves such a word alone when a capital stands before the conjunction or after the word', () => {
    expect(actuals('Unity and Development. They met in peace and Friendship Hall and in the Science and Innovation Park.')).toEqual([])
  })

  it('leaves a name or an organ alone', () => {
    expect(actuals('He went to the museum and Florence. The budget went to the county people and Government.')).toEqual([])
  })
})

describe('mid-sentence-capital: two clauses joined by a comma', () => {
  it('finds verbs, past forms, `-ly` adverbs and determiners after a comma', () => {
    expect(
      actuals(
        'Teams visit the shops, Promote safe cooking. Files were checked, Strictly follow the plan. Staff may not hold parties, Receive gifts or travel. Report at once, Each person shall help. The group met, Reviewed the list and left. He came, Every day brings news.'
      )
    ).toEqual(['Promote', 'Strictly', 'Receive', 'Each', 'Reviewed', 'Every'])
  })

  it('reads a full-width comma as a comma', () => {
    expect(actuals('Teams visit the shops，Promote safe cooking.')).toEqual(['Promote'])
  })

  it('leaves names, titles, Title Case runs, quotations and `I` after a comma alone', () => {
    expect(
      actuals(
        'Zhou Li, Director of the bureau, spoke in Wuhan, Hubei province. They went to Leiden, The Hague and Delft. She said, "We agree," then, I think, she left. The book, Build Your Town, sold well. Guests came from Beverly, and Kimberly left early.'
      )
    ).toEqual([])
  })

  it('leaves a capitalised word after a comma that is not a common verb, adverb or determiner', () => {
    expect(actuals('We met the county head, Secretary Wang and the staff of the plant, Township officials and others.')).toEqual([])
  })

  it('leaves a word after a comma alone when a mark or a capital follows it', () => {
    expect(actuals('The plan was drawn up, Improve, and then, Develop Strategy Group joined.')).toEqual([])
  })
})

describe('mid-sentence-capital: an adverb after `and` or `or`', () => {
  it('finds an `-ly` adverb before a verb', () => {
    expect(actuals('They kept the rules and Consciously accepted oversight, or Openly report it.')).toEqual(['Consciously', 'Openly'])
  })

  it('leaves names in `-ly` and an adverb not followed by a verb alone', () => {
    expect(actuals('His wife and Beverly accepted. The firm and Quietly Studio met. Old friends and Kindly people came.')).toEqual([])
  })
})
