import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parse, parseText} from '../src/format.js'
import {createParagraph} from '../src/paragraph.js'

interface Leaf {
  type: string
  value?: string
  children?: Leaf[]
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
}

function leaves(node: Leaf, into: Leaf[] = []): Leaf[] {
  if (node.children) for (const child of node.children) leaves(child, into)
  else into.push(node)
  return into
}

const samples = [
  'One paragraph. Two sentences.',
  'First line\nsecond line\r\nthird\rfourth',
  'Para one.\n\n  Para two, indented.\n\n\n',
  '\n\nLeading breaks and trailing spaces   \n  \t\nEnd.',
  'assessment. \u00A0\n\nLeave a Reply\n\nYour email address will not be published.',
  '“Quoted,” he said — twice.\t\nDone'
]

describe('plain text, paragraph by paragraph', () => {
  for (const sample of samples) {
    it(`matches a whole-document parse: ${JSON.stringify(sample).slice(0, 40)}`, () => {
      const ours = leaves(parseText(sample) as Leaf)
      const theirs = leaves(new ParseEnglish().parse(sample) as Leaf)
      const project = (leaf: Leaf) => [leaf.value, leaf.position?.start, leaf.position?.end]
      if (sample.includes('\u00A0')) {
        // A no-break space before a line break does not end the paragraph for
        // retext-english; here the line break does. Leaves still sit where they are.
        for (const leaf of ours) {
          expect(sample.slice(leaf.position!.start.offset, leaf.position!.end.offset)).toBe(leaf.value)
        }
        return
      }
      expect(ours.map(project)).toEqual(theirs.map(project))
    })
  }

  it('stays linear on a long run of spaces without a line break', () => {
    const value = 'a' + ' '.repeat(200_000) + 'b\nc'
    const tree = parseText(value)
    expect(tree.children.length).toBe(3)
  })
})

describe('markup', () => {
  it('anchors Markdown tokens after character references and escapes', () => {
    const source = 'Fish &amp; chips \\*cost\\* a lot a lot, see `code`.\n'
    const tree = parse(new VFile(source), 'markdown')
    const paragraph = createParagraph(tree.children[0] as never, 0, true, source)
    for (const leaf of leaves(paragraph.node as Leaf)) {
      if (leaf.type === 'SourceNode' || leaf.value === '&' || leaf.value === '*') continue
      expect(source.slice(leaf.position!.start.offset, leaf.position!.end.offset)).toBe(leaf.value)
    }
    expect(paragraph.text).toContain('\uFFFC')
  })

  it('anchors HTML tokens after character references', () => {
    const source = '<p>Fish &amp; chips <code>x x</code> cost a lot.</p>'
    const tree = parse(new VFile(source), 'html')
    const paragraph = createParagraph(tree.children.find((child) => child.type === 'ParagraphNode') as never, 0, true, source)
    const start = paragraph.text.indexOf('cost')
    const [from, to] = paragraph.sourceRange(start, start + 4)
    expect(source.slice(from, to)).toBe('cost')
  })
})

describe('positions of every node', () => {
  it('cover exactly the node text, parents included', async () => {
    const {toString} = await import('nlcst-to-string')
    const source = 'Intro line.\n\nSu Rong said: “Two to go.” Dr. Li (U.S.) paid $5.5m — ok?! Yes…\nNext: a-b, c/d; e’s.'
    const check = (node: Leaf): void => {
      if (node.position) {
        expect(source.slice(node.position.start.offset, node.position.end.offset)).toBe(toString(node as never))
      }
      for (const child of node.children ?? []) check(child)
    }
    for (const child of (parseText(source) as Leaf).children!) check(child)
  })
})

describe('Markdown front matter', () => {
  it('is not prose', async () => {
    const {checkSync} = await import('../src/index.js')
    const source = '---\ntitle: The the release\n---\n\nThe the text.\n'
    const file = checkSync(source, {format: 'markdown', preset: 'none', rules: {'repeated-word': 'warn'}})
    expect(file.messages.map((message) => message.place && 'start' in message.place && message.place.start.line)).toEqual([5])
  })
})
