import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const messages = (text: string) =>
  checkSync(text, ruleAlone('spam-insertion')).messages.map((message) => message.reason)

describe('spam-insertion', () => {
  it('leaves keywords inside English words', () => {
    expect(messages('He was abetting crime; the escorted pupils; Escorting the team; sugary babyfood.')).toEqual([])
  })

  it('leaves the verb escort before a place', () => {
    expect(messages('The navy will escort Singapore-flagged ships and escort Malaysian fishermen home.')).toEqual([])
    expect(messages('See the KL escorts and Singapore Escorts ads.')).toEqual([
      'Remove the spam keyword `KL escorts` injected into the page',
      'Remove the spam keyword `Singapore Escorts` injected into the page'
    ])
  })

  it('takes the longest keyword', () => {
    expect(messages('to Sugar arrangements keep and SUGAR BABIES work')).toEqual([
      'Remove the spam keyword `Sugar arrangements` injected into the page',
      'Remove the spam keyword `SUGAR BABIES` injected into the page'
    ])
  })

  it('takes a fused place with the keyword', () => {
    expect(messages('rural villagesPhilippines Sugar daddyRevitalization')).toEqual([
      'Remove the spam keyword `Philippines Sugar daddy` injected into the page'
    ])
  })

  it('takes the Filipino sugar-dating keyword', () => {
    expect(messages('the Pinoy Sugar site and the fundPinoy sugarGrants')).toEqual([
      'Remove the spam keyword `Pinoy Sugar` injected into the page',
      'Remove the spam keyword `Pinoy sugar` injected into the page'
    ])
  })

  it('removes a keyword fused on one side only, once', () => {
    const fixed = fixSync('the villagesSugar baby revitalization', ruleAlone('spam-insertion')).toString()
    expect(fixed).toBe('the villages revitalization')
    expect(fixSync(fixed, ruleAlone('spam-insertion')).toString()).toBe(fixed)
  })

  it('removes a keyword alone with one of its spaces', () => {
    expect(fixSync('and to Sugar daddy keep contact', {...ruleAlone('spam-insertion'), apply: 'all'}).toString()).toBe(
      'and to keep contact'
    )
  })

  it('takes a place and Sugar fused or between sentences', () => {
    expect(messages('the villagesMalaysia SugarRevitalization work. SG sugar. Philippines Sugar In May it rained.')).toEqual([
      'Remove the spam keyword `Malaysia Sugar` injected into the page',
      'Remove the spam keyword `SG sugar` injected into the page',
      'Remove the spam keyword `Philippines Sugar` injected into the page'
    ])
    expect(fixSync('the villagesMalaysia SugarRevitalization', ruleAlone('spam-insertion')).toString()).toBe('the villages Revitalization')
  })

  it('leaves a place and sugar inside a sentence', () => {
    expect(messages('Malaysia Sugar Manufacturing said so. Imports from Malaysia sugar mills rose. Philippine Sugar Board.')).toEqual([])
  })
})
