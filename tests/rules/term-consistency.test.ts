import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const flagged = (text: string) =>
  checkSync(text, ruleAlone('term-consistency')).messages.map((message) => [message.actual, message.expected?.[0]])

const fixedAll = (text: string) => String(fixSync(text, {...ruleAlone('term-consistency'), apply: 'all'}))

describe('term-consistency: terms of county and city pages', () => {
  it('finds a second rendering of one term', () => {
    expect(flagged('Rural revitalization needs industry. The rural vitalization of Tongdao goes on.')).toEqual([
      ['rural vitalization', 'rural revitalization']
    ])
    expect(flagged('The theme education began in May. Thematic education is a duty.')).toEqual([
      ['theme education', 'thematic education']
    ])
    expect(flagged('A civilized practice center opened beside the civilization practice center.')).toEqual([
      ['civilized practice center', 'civilization practice center']
    ])
  })

  it('names the discipline commission one way', () => {
    const text =
      'The Commission for Discipline Inspection of Hengyang met. The municipal discipline commission said the case was closed.'
    expect(flagged(text)).toEqual([['discipline commission', 'commission for discipline inspection']])
    expect(fixedAll(text)).toBe(
      'The Commission for Discipline Inspection of Hengyang met. The municipal commission for discipline inspection said the case was closed.'
    )
    expect(
      flagged('The county discipline committee told the discipline inspection team that the city disciplinary commission agreed.')
    ).toEqual([
      ['discipline committee', 'commission for discipline inspection'],
      ['disciplinary commission', 'commission for discipline inspection']
    ])
    // one form of each body: nothing is mixed
    expect(
      flagged('The county discipline committee and the county supervision committee reported to the discipline inspection team.')
    ).toEqual([])
  })

  it('leaves a disciplinary committee of a club, and a village’s supervision committee, alone', () => {
    expect(flagged('The league’s discipline committee fined the club; its disciplinary committee met again.')).toEqual([])
    expect(
      flagged('The supervisory commission of the county and the commission for discipline inspection praised the village affairs supervision committee.')
    ).toEqual([])
  })

  it('keeps one title for a deputy county head', () => {
    expect(flagged('Deputy county magistrate Wang spoke, and vice county magistrate Li chaired.')).toEqual([
      ['Deputy county magistrate', 'Deputy county head'],
      ['vice county magistrate', 'deputy county head']
    ])
    expect(flagged('The county magistrate and a deputy county magistrate spoke.')).toEqual([])
  })

  it('calls deputies to a people’s congress deputies', () => {
    expect(flagged('The county people’s congress opened. Of 200 deputies, 195 representatives attended.')).toEqual([
      ['representatives', 'deputies']
    ])
    expect(
      flagged('The county people’s congress opened. Deputies heard representatives of enterprises and villager representatives.')
    ).toEqual([])
    expect(flagged('Sheriff’s deputies met union representatives.')).toEqual([])
  })

  it('counts a singular and its plural as one rendering', () => {
    expect(flagged('Each grid has a grid member; the grid members visit every home.')).toEqual([])
    expect(flagged('Grid workers and grid members met; each grid member spoke.')).toEqual([['grid members', 'grid workers']])
  })

  it('leaves a calque that `calque` reports to it', () => {
    expect(flagged('Every river chief patrols weekly, and the river length at all levels reports monthly.')).toEqual([])
    expect(flagged('Remain true to the original aspiration and do not forget the original heart.')).toEqual([])
  })

  it('finds a circuit inspection only beside a Party inspection body', () => {
    expect(flagged('The inspection team of the county Party committee reported what the circuit inspection found.')).toEqual([
      ['circuit inspection', 'inspection']
    ])
    expect(flagged('The electrician’s circuit inspection came after the fire inspection.')).toEqual([])
  })

  it('pairs supervision groups and teams', () => {
    expect(flagged('The supervision group arrived. The supervisory group found problems; the supervisory team left.')).toEqual([
      ['supervisory group', 'supervision group'],
      ['supervisory team', 'supervision team']
    ])
  })

  it('leaves words official English writes beside the term', () => {
    // Xinhua writes both in one story
    expect(flagged('Poverty alleviation is done; poverty relief funds are audited.')).toEqual([])
    // 初衷 is no 初心
    expect(flagged('Remain true to the original aspiration; the original intention of the rule was clear.')).toEqual([])
    expect(flagged('Beautiful villages dot the beautiful countryside.')).toEqual([])
  })

  it('reads one rendering in the singular and the plural as one form', () => {
    expect(flagged('The county committee met. Two county committees of the region agreed.')).toEqual([])
    expect(flagged('The county committee met. The county Party committees agreed.')).toEqual([['county committee', 'county Party committee']])
  })
})

describe('term-consistency: more terms of county pages', () => {
  it('finds a calque of investment promotion beside it', () => {
    expect(
      flagged('The investment promotion bureau met. Carry out the attracting investment well; the investment attraction projects were signed.')
    ).toEqual([
      ['the attracting investment', 'investment promotion'],
      ['investment attraction', 'investment promotion']
    ])
    expect(flagged('Investment promotion matters, and attracting investment from abroad is its aim.')).toEqual([])
  })

  it('finds retired soldiers only beside veterans', () => {
    expect(flagged('The veterans service station opened; ex-servicemen registered there.')).toEqual([['ex-servicemen', 'veterans']])
    expect(flagged('Retired soldiers and ex-servicemen marched together.')).toEqual([])
  })

  it('names one campaign one way', () => {
    expect(
      flagged('The mass line educational practice activities began; the education and practice activities ended in May.')
    ).toEqual([
      ['educational practice activities', 'education and practice campaign'],
      ['education and practice activities', 'education and practice campaign']
    ])
  })

  it('names the CPPCC one way', () => {
    expect(flagged('The CPPCC of the city met. Since the fourth Political Consultation Conference, proposals rose.')).toEqual([
      ['Political Consultation Conference', 'CPPCC']
    ])
    expect(flagged('The Chinese People’s Political Consultative Conference (CPPCC) opened.')).toEqual([])
  })

  it('spells nucleic acid open beside nucleic acid testing', () => {
    const text = 'Nucleic acid testing went on; the nucleic-acid code turned yellow.'
    expect(flagged(text)).toEqual([['nucleic-acid', 'nucleic acid']])
    expect(String(fixSync(text, ruleAlone('term-consistency')))).toBe('Nucleic acid testing went on; the nucleic acid code turned yellow.')
    // a nucleic acid is no other word for the testing
    expect(flagged('Nucleic acid detection found the nucleic acid of the virus.')).toEqual([])
  })

  it('finds the central environmental inspection read as an inspector', () => {
    expect(
      flagged('The central environmental inspection team came back. Problems found by the central ecological environmental protection inspector were fixed.')
    ).toEqual([['central ecological environmental protection inspector', 'central environmental inspection']])
  })

  it('calls a lecture group a lecture group', () => {
    expect(flagged('The county formed 12 lecture groups. The preaching group went to the villages.')).toEqual([
      ['preaching group', 'lecture group']
    ])
    expect(flagged('The preaching group of the church met on Sunday.')).toEqual([])
  })
})
