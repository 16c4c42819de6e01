import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {furniturePieces} from '../../src/rules/scraped-boilerplate.data.js'
import {ruleAlone} from '../helpers.js'

describe('scraped-boilerplate', () => {
  // The pieces are tried as one alternation, which takes the first piece
  // that matches: an empty match would hide the pieces after it.
  it('has no piece that matches the empty string', () => {
    for (const piece of furniturePieces) expect(new RegExp(`^(?:${piece})$`, 'iu').test(''), piece).toBe(false)
  })

  it('removes furniture safely only outside the article', () => {
    const body = 'word '.repeat(30).trim()
    const text = `Print\n\n${body}\n\nShare to WeChat\n\nShort one.\n\n${body}\n\nPrint\n\nShort.`
    const file = checkSync(text, ruleAlone('scraped-boilerplate'))
    expect(file.messages.map((message) => [message.actual?.trim(), message.autofix])).toEqual([
      ['Print', true],
      ['Share to WeChat', false],
      ['Print', true]
    ])
  })
})

describe('scraped-boilerplate: what furniture may carry', () => {
  const body =
    'The county held a meeting on spring planting, and the heads of every township reported how much seed, fertilizer and machinery they had ready for the season.'
  const run = (text: string) =>
    checkSync(text, ruleAlone('scraped-boilerplate')).messages.map((message) => [message.actual?.trim(), message.autofix])

  // A clean page that credits the agency it took the story from: finding the
  // line is right, deleting it unattended is not.
  it('suggests removing an agency credit on a clean page, never removes it', () => {
    const text = `BEIJING, March 5 (Xinhua) -- ${body}\nSource: Xinhua`
    expect(run(text)).toEqual([['Source: Xinhua', false]])
    expect(String(fixSync(text, ruleAlone('scraped-boilerplate')))).toBe(text)
  })

  it('treats a field with an empty source as no credit', () => {
    expect(run(`Publishdate:2023-04-02 Views:318 Source:\n${body}`)).toEqual([['Publishdate:2023-04-02 Views:318 Source:', true]])
  })

  it('keeps a contact line and an author, photographer or byline credit for a person to remove', () => {
    for (const line of ['Contact: Office of the Township Party Committee', 'author: Chen Li County Media Center', 'Photographer: Zhao Min', '[Written by Xu Hong]']) {
      expect(run(`${body}\n${line}`), line).toEqual([[line, false]])
    }
  })

  it('removes editor, reviewer and counter lines safely', () => {
    for (const line of ['Editor: Tang Wen Reviewer: He Ping', '[Edited by Luo Qi]', 'Clicks: 2041', 'Share to: WeChat Weibo', 'Views: 95 Date: 2023-04-02', 'Time: 2023-04-02 09:30']) {
      expect(run(`${body}\n${line}`), line).toEqual([[line, true]])
    }
  })

  it('keeps a time stamp when the body dates by the day of publication', () => {
    const stamp = 'Release time: 2023-04-02 10:05'
    for (const date of ['yesterday', 'this morning', 'last week', 'on Monday', 'on the 16th,']) {
      expect(run(`${stamp}\nThe county held a meeting on spring planting ${date} and the heads of every township reported on their seed, fertilizer and machinery for the season.`), date).toEqual([
        [stamp, false]
      ])
    }
    for (const date of ['on April 1', 'this year', 'at the 20th Party Congress']) {
      expect(run(`${stamp}\nThe county held a meeting on spring planting ${date} and the heads of every township reported on their seed, fertilizer and machinery for the season.`), date).toEqual([
        [stamp, true]
      ])
    }
  })

  it('takes a trail of outlet names as a credit', () => {
    expect(run(`${body}\nLanxi News Network - Lanxi County Media Center`)).toEqual([['Lanxi News Network - Lanxi County Media Center', false]])
  })

  it('leaves lines that only look like fields or trails', () => {
    for (const line of [
      'Update: The ministry said on Monday that the plan had been approved by the State Council.',
      'Source: officials at the bureau said the figures were checked twice. They will be published soon.',
      'Hunan Daily - reporter Jiang Li correspondent Xu Wen',
      'Xi meets Biden - the first talks in a year',
      'Written by a farmer in 1958, the song is still sung in the village.',
      'Sources: two officials at the bureau',
      'Time: 9:30 on April 10',
      'Date: the second Monday of April'
    ]) {
      expect(run(`${body}\n${line}`), line).toEqual([])
    }
  })

  it('takes a headline given twice only when it is a headline', () => {
    const headline = 'County plans spring planting'
    expect(run(`${headline}\n${body}\n${headline}`)).toEqual([[headline, true]])
    expect(run(`Yes\nYes\n${body}`)).toEqual([])
    expect(run(`${body}\n${body}`)).toEqual([])
  })

})

describe('scraped-boilerplate: the furniture of government sites', () => {
  const body =
    'The county held a meeting on spring planting, and the heads of every township reported how much seed, fertilizer and machinery they had ready for the season.'
  const run = (text: string) =>
    checkSync(text, ruleAlone('scraped-boilerplate')).messages.map((message) => [message.actual?.trim(), message.autofix])
  // Each line at the foot of an article: removed safely, only suggested, or left.
  const expectAtFoot = (lines: string[], autofix: boolean | undefined) => {
    for (const line of lines) expect(run(`${body}\n${line}`), line).toEqual(autofix === undefined ? [] : [[line, autofix]])
  }

  it('removes share bars, QR codes, navigation, counters and footers safely at the foot', () => {
    expectAtFoot(
      [
        'Share to: WeChat Moments | Sina Weibo | QQ Zone',
        '【Share to】 WeChat Weibo Qzone',
        'Scan the code to read on your phone',
        'Scan with WeChat and share to Moments',
        'Use WeChat to scan the QR code',
        'Previous article: County repairs rural roads',
        'Last one: None',
        'Next one: Notice on the spring planting subsidy',
        'Read 1,024 times',
        'Views: 【1024】 times',
        'Font size: A+ A A-',
        'Font: 大 中 小',
        '[Large, Medium and Small]',
        'Print this page | Close window | Back to top',
        "Copyright 2023 Lanxi County People's Government All rights reserved",
        'Zhe ICP No. 05001234-1  Zhe Gong An Bei 33078102000123',
        '浙ICP备05001234号-1',
        'Website identification code: 3307810001 Technical support: Lanxi Network Technology Co., Ltd.',
        'Publisher: admin Reading: 12'
      ],
      true
    )
  })

  it('only suggests removing a named publisher, a masthead or a contact', () => {
    expectAtFoot(
      [
        'Publisher: County Bureau of Agriculture Views: 31',
        "Sponsored by: Lanxi County People's Government Office",
        'Lanxi News Network 2023-06-02 09:15',
        'Lanxi County Health Commission | Tel: 0579-8888888 | Postcode: 321100',
        'Address: No. 8 Renmin Road, Lancheng Town  Website identification code: 3307810001'
      ],
      false
    )
  })

  it('leaves instructions, signatures and lines that only start like furniture', () => {
    expectAtFoot(
      [
        'Scan the code to register for the vaccination',
        'Scan the health code at the entrance',
        'T | T',
        'A',
        'Lanxi County Health Commission  2023-06-02',
        'Lanxi County Health Commission',
        'Host: Good morning everyone',
        'Reading: Selected Readings on the History of the Party',
        'Views: the public may send comments to the county office',
        'Consultation telephone: 0579-8888888',
        'Address: No. 8 Renmin Road, Lancheng Town  Email: office@example.gov.cn',
        'Next: the county will inspect every reservoir before the flood season begins.',
        'Share the fruits of development with the people of the whole county',
        'Visiting the county bureau | a day with the inspectors'
      ],
      undefined
    )
  })

  it('takes the site name off the title of the page only', () => {
    expect(run(`County holds a planting meeting_Lanxi County People's Government\n${body}`)).toEqual([["_Lanxi County People's Government", true]])
    expect(run(`County holds a planting meeting | Lanxi News Network\n${body}`)).toEqual([['| Lanxi News Network', false]])
    expect(run(`County holds a planting meeting\nBy Wu Qing | Lanxi Daily\n${body}`)).toEqual([])
    expect(run(`By Wu Qing | Lanxi Daily\n${body}`)).toEqual([])
    expect(run(`Column丨Visiting the Lanxi County Water Resources Bureau\n${body}`)).toEqual([])
  })

  it('takes the headline without the site name as the one a later line repeats', () => {
    expect(run(`County holds a planting meeting_Lanxi News Network\nCounty holds a planting meeting\n${body}`)).toEqual([
      ['_Lanxi News Network', true],
      ['County holds a planting meeting', true]
    ])
  })

  it('reads links under a related heading only after the body, and only until it resumes', () => {
    expect(run(`Related news\nCounty holds a planting meeting\n${body}`)).toEqual([['Related news', true]])
    expect(run(`${body}\nRelated articles\nTownship repairs rural roads\n${body}\nA closing line`)).toEqual([
      ['Related articles', false],
      ['Township repairs rural roads', false]
    ])
  })

})

describe('scraped-boilerplate: mastheads, the disclosure catalogue and the footer', () => {
  const body =
    'The county held a meeting on spring planting, and the heads of every township reported how much seed, fertilizer and machinery they had ready for the season.'
  const headline = 'County plans spring planting'
  const run = (text: string) =>
    checkSync(text, ruleAlone('scraped-boilerplate')).messages.map((message) => [message.actual?.trim(), message.autofix])

  it("removes a site's masthead safely once the page has a headline", () => {
    for (const masthead of [
      "Lanxi County People's Government Portal",
      "Lanxi County People's Government Information Disclosure Platform",
      'Lanxi County Rural Revitalization Special Topic',
      'Yongzhou CPPCC Network - Proposal Work'
    ]) {
      expect(run(`${masthead}\n${headline}\n${body}`), masthead).toEqual([[masthead, true]])
      // Under the headline, before the body.
      expect(run(`${headline}\n${masthead}\n${body}`), masthead).toEqual([[masthead, true]])
    }
  })

  it('only suggests a masthead with no headline under it, or one that names an institution', () => {
    expect(run(`Lanxi County People's Government Portal\n${body}`)).toEqual([["Lanxi County People's Government Portal", false]])
    for (const masthead of [
      'Lanxi County Public Resources Trading Center',
      'Qiyang Municipal Party School (Qiyang Administrative College)',
      'Xiangtan High-tech Development Zone - Park News'
    ]) {
      expect(run(`${masthead}\n${headline}\n${body}`), masthead).toEqual([[masthead, false]])
    }
  })

  it('leaves letterheads, headlines and names inside the article', () => {
    for (const line of [
      "Lanxi County People's Government",
      'Lanxi County Market Supervision Bureau',
      'County builds a new public resources trading center',
      'Township Opens a Service Center',
      'Xi meets Biden - the first talks in a year',
      'Lanxi County Portal Opens on Monday'
    ]) {
      expect(run(`${line}\n${body}`), line).toEqual([])
    }
    expect(run(`${headline}\n${body}\n${body}\nLanxi County People's Government Portal\n${body}`)).toEqual([])
  })

  it('reads the catalogue of government information disclosure', () => {
    const line = 'Index number: 431122-2023-00031\tSubject classification: Water Resources\tDocument number: Lan Zheng Fa (2023) No. 5'
    expect(run(`${line}\n${headline}\n${body}`)).toEqual([[line, true]])
    const credited = 'Index number: 431122-2023-00031\tPublishing organization: County Water Resources Bureau'
    expect(run(`${credited}\n${headline}\n${body}`)).toEqual([[credited, false]])
  })

  it('reads a link to another article and a label left without its buttons', () => {
    for (const line of ['Related news: County deploys flood prevention work', 'Scan to share:', 'Scan the code to share：']) {
      expect(run(`${body}\n${line}`), line).toEqual([[line, true]])
    }
  })

  it('takes an address or a telephone alone only beside the footer, and only as a suggestion', () => {
    const address = 'Address: No. 8 Renmin Road, Lancheng Town Postcode: 321100'
    const copyright = "Copyright © 2023 Lanxi County People's Government"
    expect(run(`${body}\n${address}\n${copyright}`)).toEqual([
      [address, false],
      [copyright, true]
    ])
    expect(run(`${body}\n${copyright}\n${address}`)).toEqual([
      [copyright, true],
      [address, false]
    ])
    // A notice's hotline above its signature, or alone after the body, is its text.
    expect(run(`${body}\nConsultation telephone: 0579-8888888 8888889\nLanxi County Health Commission\nJune 2, 2023`)).toEqual([])
    expect(run(`${body}\n${address}`)).toEqual([])
    expect(run(`${address}\n${copyright}\n${body}`)).toEqual([[copyright, true]])
  })
})
