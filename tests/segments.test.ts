import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {alignedText} from '../src/bilingual/pairs.js'
import {defineRule} from '../src/define-rule.js'
import {forEachTextParagraphRange} from '../src/format.js'
import {createRunner} from '../src/runner.js'

// A rule that writes down what the runner hands it, in order.
function recorder(seen: string[]) {
  return defineRule(
    {id: 'recorder', description: 'Records what it reads.', category: 'accuracy', fixes: ['flag'], defaultOptions: {}, examples: []},
    (context) => ({
      paragraph(paragraph) {
        seen.push(`paragraph ${paragraph.start}-${paragraph.end} of ${paragraph.segment?.id ?? 'none'}`)
      },
      segment(segment) {
        seen.push(`segment ${segment.id} ${JSON.stringify(context.slice(segment.start, segment.end))} from ${segment.source}`)
      },
      end() {
        seen.push('end')
      }
    })
  )
}

function run(pairs: Parameters<typeof alignedText>[0]): string[] {
  const seen: string[] = []
  const {text, segments} = alignedText(pairs)
  const runner = createRunner(text, new VFile(text), [{rule: recorder(seen), severity: 'warn', options: {}}], 'text', undefined, undefined, segments)
  let index = 0
  forEachTextParagraphRange(text, (range) => runner.textParagraph(range, index++, undefined))
  runner.end()
  return seen
}

describe('aligned segments', () => {
  it('hands each segment to rules after its paragraphs, empty targets included', () => {
    expect(
      run([
        {source: '一是', target: 'One is to.\n\nSecond part.'},
        {source: '二是', target: ''},
        {source: '三是', target: 'Three.', id: 'u3'}
      ])
    ).toEqual([
      'paragraph 0-10 of 1',
      'paragraph 12-24 of 1',
      'segment 1 "One is to.\\n\\nSecond part." from 一是',
      'segment 2 "" from 二是',
      'paragraph 28-34 of u3',
      'segment u3 "Three." from 三是',
      'end'
    ])
  })

  it('hands over trailing empty segments at the end', () => {
    expect(run([{source: '甲', target: 'A.'}, {source: '乙', target: ''}])).toEqual([
      'paragraph 0-2 of 1',
      'segment 1 "A." from 甲',
      'segment 2 "" from 乙',
      'end'
    ])
  })
})
