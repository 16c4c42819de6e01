import {createHash} from 'node:crypto'
import type {Element, Root, RootContent} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {reportHtml} from '../src/cli/reporters/html.js'
import {reportPolicy, reportScript, reportStyle} from '../src/cli/reporters/html-page.js'
import {penaltyWeights} from '../src/cli/reporters/score.js'
import {checkSync} from '../src/index.js'
import {documentWith, noteOn, readerOf} from './reporter-fixtures.js'

// The page as a browser parses it.
function parsePage(html: string): Root {
  return unified().use(rehypeParse).parse(html)
}

function elements(tree: Root | Element, test: (node: Element) => boolean = () => true): Element[] {
  const found: Element[] = []
  function walk(node: Root | RootContent): void {
    if (node.type === 'element') {
      if (test(node)) found.push(node)
      if (node.tagName === 'template') return
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className
  return Array.isArray(value) && value.includes(name)
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

function fileSections(tree: Root): Element[] {
  return elements(tree, (node) => node.tagName === 'section' && hasClass(node, 'file'))
}

// Each finding's text, put back together from the marks that list it.
function markedText(section: Element, index: number): string {
  return elements(section, (node) => node.tagName === 'mark' && String(node.properties.dataF).split(' ').includes(String(index)))
    .map(textOf)
    .join('')
}

function report(files: VFile[], texts: Map<VFile, string>): {html: string; tree: Root} {
  const html = reportHtml(files, readerOf(texts))
  return {html, tree: parsePage(html)}
}

const trap = '</script><script>alert(1)</script><img src=x onerror="alert(2)"> & &amp; \'quoted\' "double"'

describe('reportHtml', () => {
  it('renders untrusted file names, texts and messages as text', () => {
    const name = `notes/<img src=x onerror=alert(3)>"'&.txt`
    const text = `The the meeting ${trap}\nclosed closed.`
    const trapStart = text.indexOf('</script>')
    const file = documentWith(name, text, [
      {start: 0, end: 7, reason: 'Unexpected `<b>the</b>` <i>twice</i>', expected: ['"><svg onload=alert(4)>'], autofix: true},
      {start: trapStart, end: trapStart + 30, ruleId: '<u>rule</u>', category: '<em>cat</em>', url: 'javascript:alert(5)'}
    ])
    const {html, tree} = report([file], new Map([[file, text]]))

    const scripts = elements(tree, (node) => node.tagName === 'script')
    expect(scripts).toHaveLength(1)
    expect(textOf(scripts[0]!)).toBe(reportScript)
    for (const tag of ['img', 'svg', 'b', 'i', 'u', 'em', 'iframe', 'object']) {
      expect(elements(tree, (node) => node.tagName === tag), tag).toEqual([])
    }
    const handlers = elements(tree, (node) => Object.keys(node.properties).some((key) => /^on/i.test(key)))
    expect(handlers).toEqual([])
    expect(html).not.toContain('javascript:')

    const [section] = fileSections(tree)
    expect(textOf(elements(section!, (node) => node.tagName === 'h2')[0]!)).toBe(name)
    expect(section!.properties.ariaLabel).toBe(name)
    const pre = elements(section!, (node) => node.tagName === 'pre')[0]!
    expect(textOf(pre)).toBe(text)
    expect(markedText(section!, 1)).toBe(text.slice(trapStart, trapStart + 30))

    const items = elements(section!, (node) => node.tagName === 'li' && hasClass(node, 'finding'))
    expect(textOf(elements(items[0]!, (node) => hasClass(node, 'reason'))[0]!)).toBe('Unexpected <b>the</b> <i>twice</i>')
    expect(textOf(elements(items[0]!, (node) => hasClass(node, 'suggestion'))[0]!)).toBe('"><svg onload=alert(4)>')
    expect(items[1]!.properties.dataRule).toBe('<u>rule</u>')
    // A rule link that is not a web address is shown without a link.
    expect(elements(items[1]!, (node) => node.tagName === 'a')).toEqual([])
    expect(textOf(items[1]!)).toContain('<em>cat</em>')
  })

  it('lets the browser apply its own style and script, and nothing else', () => {
    const file = documentWith('a.txt', 'The the end.', [{start: 0, end: 7}])
    const {tree} = report([file], new Map([[file, 'The the end.']]))
    const hash = (value: string) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`
    const [style] = elements(tree, (node) => node.tagName === 'style')
    const [script] = elements(tree, (node) => node.tagName === 'script')
    expect(textOf(style!)).toBe(reportStyle)
    expect(reportPolicy).toContain(`style-src ${hash(textOf(style!))}`)
    expect(reportPolicy).toContain(`script-src ${hash(textOf(script!))}`)
    expect(reportPolicy).toContain("default-src 'none'")
    const meta = elements(tree, (node) => node.tagName === 'meta' && node.properties.httpEquiv !== undefined)
    expect(meta.map((node) => node.properties.content)).toEqual([reportPolicy])
    // Nothing inline beyond them: no style attributes, no links to load.
    expect(elements(tree, (node) => node.properties.style !== undefined)).toEqual([])
    expect(elements(tree, (node) => node.tagName === 'link')).toEqual([])
  })

  it('splits overlapping findings into marks that each list every finding they cover', () => {
    const text = 'Comrade Comrade Wang met the the delegation.'
    const file = documentWith('overlap.txt', text, [
      {start: 0, end: 15, level: 'warning'},
      {start: 8, end: 20, level: 'error'},
      {start: 25, end: 32, level: 'warning'},
      {start: 44, end: 44, level: 'warning', reason: 'Expected a line break at the end'}
    ])
    const {tree} = report([file], new Map([[file, text]]))
    const [section] = fileSections(tree)
    expect(textOf(elements(section!, (node) => node.tagName === 'pre')[0]!)).toBe(text)
    const marks = elements(section!, (node) => node.tagName === 'mark')
    expect(marks.map((mark) => [textOf(mark), mark.properties.dataF])).toEqual([
      ['Comrade ', '0'],
      ['Comrade', '0 1'],
      [' Wang', '1'],
      ['the the', '2'],
      ['', '3']
    ])
    expect(hasClass(marks[1]!, 'overlap')).toBe(true)
    expect(hasClass(marks[1]!, 'error')).toBe(true)
    expect(hasClass(marks[4]!, 'point')).toBe(true)
    expect([0, 1, 2].map((index) => markedText(section!, index))).toEqual([text.slice(0, 15), text.slice(8, 20), text.slice(25, 32)])
  })

  it('keeps a leading line break and line ends of the text', () => {
    const text = '\nThe the end.\r\nNext line.\n'
    const file = documentWith('breaks.txt', text, [{start: 1, end: 8}])
    const {tree} = report([file], new Map([[file, text]]))
    // HTML parsers read CR LF as LF: what is shown is the text with LF line ends.
    expect(textOf(elements(fileSections(tree)[0]!, (node) => node.tagName === 'pre')[0]!)).toBe(text.replace(/\r\n/g, '\n'))
  })

  it('shows a file without findings as clean, its text folded away', () => {
    const text = 'The committee met and adjourned.'
    const file = new VFile({path: 'clean.txt', value: text})
    const {tree} = report([file], new Map([[file, text]]))
    const [section] = fileSections(tree)
    expect(elements(section!, (node) => hasClass(node, 'clean')).map(textOf)).toEqual(['No findings.'])
    expect(elements(section!, (node) => node.tagName === 'li' && hasClass(node, 'finding'))).toEqual([])
    expect(elements(section!, (node) => node.tagName === 'details').map((node) => textOf(node))).toEqual([`Show the text${text}`])
    expect(textOf(elements(section!, (node) => hasClass(node, 'totals'))[0]!)).toBe(
      '0 findings · 0 errors, 0 warnings · 5 words · penalty 0.0 · 0.0 per 1,000 words'
    )
  })

  it('lists the findings of a file it cannot read, without its text', () => {
    const text = 'The the end.'
    const unreadable = documentWith('gone.txt', text, [{start: 0, end: 7, level: 'error'}])
    noteOn(unreadable, 'Cannot read `gone.txt`: no such file', true)
    const readable = documentWith('here.txt', text, [{start: 0, end: 7, level: 'warning'}])
    const {tree} = report([unreadable, readable], new Map([[readable, text]]))
    const [gone, here] = fileSections(tree)
    expect(elements(gone!, (node) => node.tagName === 'pre')).toEqual([])
    expect(elements(gone!, (node) => hasClass(node, 'unreadable'))).toHaveLength(1)
    expect(elements(gone!, (node) => node.tagName === 'li' && hasClass(node, 'finding'))).toHaveLength(1)
    expect(elements(gone!, (node) => hasClass(node, 'notes')).map(textOf)).toEqual(['Cannot read gone.txt: no such file'])
    expect(textOf(elements(gone!, (node) => hasClass(node, 'totals'))[0]!)).toBe(
      '1 finding · 2 errors, 0 warnings · 0 safe, 0 suggested, 1 flagged · penalty 5.0 · – per 1,000 words'
    )
    expect(elements(here!, (node) => node.tagName === 'pre')).toHaveLength(1)

    // The total leaves out the file without words: 1 point over 3 words.
    const header = textOf(elements(tree, (node) => node.tagName === 'header')[0]!)
    expect(header).toContain('2 files · 2 findings (2 errors, 1 warning) · 3 words · 333.3 penalty points per 1,000 words')
  })

  it('lists a finding whose place is not in the text without marking it', () => {
    const text = 'The the end.'
    const file = documentWith('moved.txt', `${text} And more text after it.`, [{start: 0, end: 7}, {start: 20, end: 24}])
    const {tree} = report([file], new Map([[file, text]]))
    const [section] = fileSections(tree)
    const items = elements(section!, (node) => node.tagName === 'li' && hasClass(node, 'finding'))
    expect(items.map((item) => item.properties.dataStart)).toEqual(['0', undefined])
    expect(textOf(items[1]!)).toContain('Not found in the text shown.')
    expect(elements(section!, (node) => node.tagName === 'mark')).toHaveLength(1)
  })

  it('counts by rule and by MQM category, and scores each file with the weights it documents', () => {
    const text = 'One two three four five six seven eight nine ten , end'
    const file = documentWith('score.txt', text, [
      {start: 0, end: 3, ruleId: 'calque', level: 'error', category: 'accuracy/mistranslation'},
      {start: 4, end: 7, ruleId: 'calque', level: 'warning', category: 'accuracy/mistranslation'},
      {start: 49, end: 50, ruleId: 'whitespace', level: 'warning', category: 'fluency/punctuation'}
    ])
    const {tree} = report([file], new Map([[file, text]]))
    const rows = (name: string) =>
      elements(elements(tree, (node) => hasClass(node, name))[0]!, (node) => node.tagName === 'tr').map((row) =>
        elements(row, (cell) => cell.tagName === 'td' || cell.tagName === 'th').map(textOf)
      )
    expect(rows('by-rule')).toEqual([
      ['Rule', 'Findings', 'Penalty'],
      ['calque', '2', '6.0'],
      ['whitespace', '1', '0.1']
    ])
    expect(rows('by-category')).toEqual([
      ['Category', 'Findings', 'Penalty'],
      ['accuracy/mistranslation', '2', '6.0'],
      ['fluency/punctuation', '1', '0.1']
    ])
    // 11 words, 6.1 points: 554.5 per 1,000 words.
    expect(rows('files')).toEqual([
      ['File', 'Findings', 'Errors', 'Warnings', 'Words', 'Penalty', 'Per 1,000 words'],
      ['score.txt', '3', '1', '2', '11', '6.1', '554.5']
    ])
    const weights = elements(elements(tree, (node) => node.properties.id === 'scoring')[0]!, (node) => node.tagName === 'tr')
    expect(weights.slice(1).map((row) => elements(row, (cell) => cell.tagName === 'td').map(textOf).slice(0, 4))).toEqual(
      penaltyWeights.map((row) => [row.level, row.category ?? 'any', row.severity, String(row.weight)])
    )
  })

  it('marks exactly the text of every finding the rules report', () => {
    const text =
      'Comrade Li stressed that we must must firmly grasp the the key work.\n\n' +
      'Firstly, to strengthen the party building; Secondly, to deepen reform .\n'
    const file = checkSync(new VFile({path: 'checked.txt', value: text}))
    expect(file.messages.length).toBeGreaterThan(2)
    const {tree} = report([file], new Map([[file, text]]))
    const [section] = fileSections(tree)
    const items = elements(section!, (node) => node.tagName === 'li' && hasClass(node, 'finding'))
    expect(items.map((item) => item.properties.dataRule)).toEqual(file.messages.map((message) => message.ruleId))
    file.messages.forEach((message, index) => {
      expect(markedText(section!, index), message.reason).toBe(message.actual)
    })
  })

  it('gives the same page for the same run', () => {
    const text = 'The the end.'
    const make = () => {
      const file = documentWith('a.txt', text, [{start: 0, end: 7}])
      return reportHtml([file], readerOf(new Map([[file, text]])))
    }
    expect(make()).toBe(make())
  })
})
