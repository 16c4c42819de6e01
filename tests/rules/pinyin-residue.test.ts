import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {readsAsPinyin} from '../../src/rules/pinyin-residue.js'
import {ruleAlone} from '../helpers.js'

const messages = (text: string, options: object = {}, format: 'text' | 'markdown' = 'text') =>
  checkSync(text, ruleAlone('pinyin-residue', options, format)).messages.map((message) => message.reason)

describe('pinyin-residue', () => {
  it('reads a word as pinyin only with a syllable no English word has', () => {
    for (const word of ['wanggeyuan', 'nongjiale', 'baoxiang', 'xiangzhen', 'qunzhong', 'jiedao']) {
      expect(readsAsPinyin(word), word).toBe(true)
    }
    for (const word of ['change', 'manage', 'online', 'ranking', 'guide', 'engage', 'henge', 'banana', 'taxi', 'hukou']) {
      expect(readsAsPinyin(word), word).toBe(false)
    }
  })

  it('takes two to four syllables only', () => {
    expect(readsAsPinyin('bao')).toBe(false)
    expect(readsAsPinyin('baobaobao')).toBe(true)
    expect(readsAsPinyin('baobaobaobaobao')).toBe(false)
  })

  it('reads words joined by a hyphen, not addresses, handles or code', () => {
    expect(messages('The baocun-level cadres met.')).toEqual(['Untranslated pinyin `baocun`: write `village-assigned`'])
    expect(messages('Mail nongjiale@example.com or see #nongjiale and /nongjiale/ and it’s nongjiale’s.')).toEqual([])
    expect(messages('Run `nongjiale` now.\n', {}, 'markdown')).toEqual([])
  })

  it('leaves a capitalised table word inside a name or a heading', () => {
    expect(messages('Xinguan Village and the Xinguan Road school.')).toEqual([])
    expect(messages('Xinguan vaccination began. In Xinguan vaccination, elders came.')).toEqual([
      'Untranslated pinyin `Xinguan`: write `COVID-19`',
      'Untranslated pinyin `Xinguan`: write `COVID-19`'
    ])
  })

  it('lets a user entry override a shipped one', () => {
    expect(messages('The wanggeyuan came.', {words: {wanggeyuan: ['grid officer']}})).toEqual([
      'Untranslated pinyin `wanggeyuan`: write `grid officer`'
    ])
    expect(messages('The wanggeyuan came.', {words: {Wanggeyuan: []}})).toEqual([])
  })

  it('renders the offices and people of officialese', () => {
    expect(messages('The hezhang and the laobaixing met the cunguan.')).toEqual([
      'Untranslated pinyin `hezhang`: write `river chief`',
      'Untranslated pinyin `laobaixing`: write `ordinary people`',
      'Untranslated pinyin `cunguan`: write `village official`'
    ])
  })
})
