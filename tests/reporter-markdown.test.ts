import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {markdownFindingsPerFile, reportMarkdown, stepSummaryBytes} from '../src/cli/reporters/markdown.js'
import {penaltyWeights} from '../src/cli/reporters/score.js'
import {documentWith, noteOn, readerOf, type FindingSpec} from './reporter-fixtures.js'

function parse(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown)
}

function nodes(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = []
  function walk(node: Nodes): void {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

// A table row split into cells as GitHub splits it: on pipes that no backslash escapes.
function cells(row: string): string[] {
  const found: string[] = []
  let cell = ''
  for (let index = 0; index < row.length; index++) {
    const character = row[index]!
    if (character === '\\') {
      cell += character + (row[index + 1] ?? '')
      index++
    } else if (character === '|') {
      found.push(cell)
      cell = ''
    } else cell += character
  }
  found.push(cell)
  return found.slice(1, -1).map((value) => value.trim())
}

// The rows of the table under a `### title` heading.
function tableRows(markdown: string, title: string): string[][] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(`### ${title}`) + 2
  const rows: string[][] = []
  for (let index = start; index < lines.length && lines[index]!.startsWith('|'); index++) rows.push(cells(lines[index]!))
  return rows
}

// What a Markdown reader sees of an escaped piece of text.
function rendered(markdown: string): string {
  return textOf(parse(markdown))
}

function report(files: VFile[], texts: Map<VFile, string>): string {
  const {show, readText} = readerOf(texts)
  return reportMarkdown(files, {show, readText})
}

describe('reportMarkdown', () => {
  it('sums up the run: totals, counts by rule and category, files with their scores', () => {
    const text = 'One two three four five six seven eight nine ten , end'
    const file = documentWith('a.txt', text, [
      {start: 0, end: 3, ruleId: 'calque', level: 'error', category: 'accuracy/mistranslation'},
      {start: 4, end: 7, ruleId: 'calque', level: 'warning', category: 'accuracy/mistranslation'},
      {start: 49, end: 50, ruleId: 'whitespace', level: 'warning', category: 'fluency/punctuation', expected: [','], autofix: true}
    ])
    const markdown = report([file], new Map([[file, text]]))
    expect(markdown.split('\n')[2]).toBe(
      '**1 file**: **3 findings** (1 error, 2 warnings) in 11 words; **554.5** penalty points per 1,000 words.'
    )
    expect(tableRows(markdown, 'By rule')).toEqual([
      ['Rule', 'Findings', 'Penalty'],
      ['---', '---:', '---:'],
      ['calque', '2', '6.0'],
      ['whitespace', '1', '0.1']
    ])
    expect(tableRows(markdown, 'By MQM category').slice(2)).toEqual([
      ['accuracy/mistranslation', '2', '6.0'],
      ['fluency/punctuation', '1', '0.1']
    ])
    expect(tableRows(markdown, 'Files')).toEqual([
      ['File', 'Findings', 'Errors', 'Warnings', 'Words', 'Penalty', 'Per 1,000 words'],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:'],
      ['a.txt', '3', '1', '2', '11', '6.1', '554.5']
    ])
    const items = nodes(parse(markdown), 'listItem').map(textOf)
    expect(items).toEqual([
      '1:1 error calque (accuracy/mistranslation, FLAG): Unexpected One',
      '1:5 warning calque (accuracy/mistranslation, FLAG): Unexpected two',
      '1:50 warning whitespace (fluency/punctuation, SAFE): Unexpected , → ,'
    ])
    const weights = markdown.slice(markdown.indexOf('<details>'))
    for (const row of penaltyWeights) expect(weights).toContain(`| ${row.level} | ${row.category ?? 'any'} | ${row.severity} | ${row.weight} |`)
  })

  it('escapes file names and texts, pipes in table cells included', () => {
    const name = 'a|b\\|c <img src=x onerror=alert(1)> *bold* [link](javascript:alert(2)) $x$\nnext.md'
    const text = 'The the meeting closed.'
    const file = documentWith(name, text, [
      {
        start: 0,
        end: 7,
        ruleId: 'rule|with|pipes',
        category: 'fluency/<b>grammar</b>|x',
        reason: 'Unexpected `the | the` <script>alert(3)</script> | _here_',
        expected: ['a ``` b', '`edge`', '']
      }
    ])
    const markdown = report([file], new Map([[file, text]]))
    const tree = parse(markdown)
    expect(nodes(tree, 'html')).toEqual([
      expect.objectContaining({value: '<details><summary>How the score is computed</summary>'}),
      expect.objectContaining({value: '</details>'})
    ])
    expect(nodes(tree, 'link')).toEqual([])
    expect(nodes(tree, 'emphasis')).toEqual([])
    expect(nodes(tree, 'strong').map(textOf)).not.toContain('bold')

    const shownName = name.replace('\n', ' ↵ ')
    const [fileRow] = tableRows(markdown, 'Files').slice(2)
    expect(fileRow).toHaveLength(7)
    expect(rendered(fileRow![0]!)).toBe(shownName)
    const [ruleRow] = tableRows(markdown, 'By rule').slice(2)
    expect(ruleRow).toHaveLength(3)
    expect(rendered(ruleRow![0]!)).toBe('rule|with|pipes')
    const [categoryRow] = tableRows(markdown, 'By MQM category').slice(2)
    expect(rendered(categoryRow![0]!)).toBe('fluency/<b>grammar</b>|x')

    expect(textOf(nodes(tree, 'heading').find((node) => node.type === 'heading' && node.depth === 4)!)).toBe(shownName)
    const [item] = nodes(tree, 'listItem')
    expect(nodes(item!, 'inlineCode').map(textOf)).toEqual(['rule|with|pipes', 'the | the', 'a ``` b', '`edge`', 'remove'])
    expect(textOf(item!)).toBe(
      '1:1 warning rule|with|pipes (fluency/<b>grammar</b>|x, SUGGEST): Unexpected the | the <script>alert(3)</script> | _here_' +
        ' → a ``` b or `edge` or remove'
    )
  })

  it('reports a file without findings in the table only', () => {
    const text = 'The committee met and adjourned.'
    const clean = new VFile({path: 'clean.txt', value: text})
    const markdown = report([clean], new Map([[clean, text]]))
    expect(tableRows(markdown, 'Files').slice(2)).toEqual([['clean.txt', '0', '0', '0', '5', '0.0', '0.0']])
    expect(markdown).not.toContain('### Findings')
    expect(markdown).toContain('### By rule\n\nNo findings.\n')
    expect(markdown).not.toContain('Left out')
  })

  it('lists a file it cannot read, without words or score, and its notes', () => {
    const text = 'The the end.'
    const unreadable = documentWith('gone.txt', text, [{start: 0, end: 7, level: 'error'}])
    noteOn(unreadable, 'Cannot read `gone.txt`: no such file', true)
    const readable = documentWith('here.txt', text, [{start: 0, end: 7, level: 'warning'}])
    const markdown = report([unreadable, readable], new Map([[readable, text]]))
    expect(tableRows(markdown, 'Files').slice(2)).toEqual([
      ['gone.txt', '1', '2', '0', 'unread', '5.0', '–'],
      ['here.txt', '1', '0', '1', '3', '1.0', '333.3']
    ])
    expect(markdown).toContain('in 3 words; **333.3** penalty points per 1,000 words.')
    expect(nodes(parse(markdown), 'listItem').map(textOf)).toContain('error: Cannot read gone.txt: no such file')
  })

  it('lists overlapping findings each on its own line', () => {
    const text = 'Comrade Comrade Wang met.'
    const file = documentWith('overlap.txt', text, [
      {start: 0, end: 15},
      {start: 8, end: 20}
    ])
    const items = nodes(parse(report([file], new Map([[file, text]]))), 'listItem').map(textOf)
    expect(items).toEqual([
      '1:1 warning repeated-word (fluency/grammar, FLAG): Unexpected Comrade Comrade',
      '1:9 warning repeated-word (fluency/grammar, FLAG): Unexpected Comrade Wang'
    ])
  })

  it('lists the first findings of each file and says how many it left out', () => {
    const text = 'word '.repeat(100)
    const findings: FindingSpec[] = Array.from({length: markdownFindingsPerFile + 5}, (_, index) => ({start: index * 5, end: index * 5 + 4}))
    const file = documentWith('many.txt', text, findings)
    const markdown = report([file], new Map([[file, text]]))
    expect(nodes(parse(markdown), 'listItem')).toHaveLength(markdownFindingsPerFile)
    expect(markdown).toContain('\n5 more findings in this file not listed.\n')
    expect(tableRows(markdown, 'Files').slice(2)[0]![1]).toBe(String(markdownFindingsPerFile + 5))
  })

  it('stays under GitHub’s 1 MiB step summary limit and says what it left out', () => {
    const reason = `Unexpected ${'long '.repeat(200)}text`
    const texts = new Map<VFile, string>()
    const files: VFile[] = []
    for (let index = 0; index < 120; index++) {
      const text = 'word '.repeat(100)
      const file = documentWith(
        `folder/file-${index}.txt`,
        text,
        Array.from({length: markdownFindingsPerFile}, (_, at) => ({start: at * 5, end: at * 5 + 4, reason}))
      )
      files.push(file)
      texts.set(file, text)
    }
    const markdown = report(files, texts)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(stepSummaryBytes)
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(stepSummaryBytes * 0.9)
    expect(tableRows(markdown, 'Files')).toHaveLength(122)

    const listed = markdown.split('\n').filter((line) => line.startsWith('#### ')).length
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThan(120)
    const leftOut = 120 - listed
    expect(markdown).toContain(
      `**Left out** to stay under GitHub’s 1 MiB limit for a step summary: the findings of ${leftOut} files (${(leftOut * markdownFindingsPerFile).toLocaleString('en-US')} findings).`
    )
    expect(markdown).toContain(`**120 files**: **${(120 * markdownFindingsPerFile).toLocaleString('en-US')} findings**`)
    expect(markdown.endsWith('</details>\n')).toBe(true)
  })

  it('cuts the files table too when the files alone would pass the limit', () => {
    const files: VFile[] = []
    for (let index = 0; index < 12_000; index++) files.push(new VFile({path: `${'deep/'.repeat(12)}file-${index}.txt`, value: ''}))
    const markdown = report(files, new Map())
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(stepSummaryBytes)
    const rows = tableRows(markdown, 'Files').length - 2
    expect(rows).toBeLessThan(12_000)
    expect(markdown).toContain(`${(12_000 - rows).toLocaleString('en-US')} rows of the files table`)
  })
})
