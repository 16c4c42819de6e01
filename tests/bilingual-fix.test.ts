import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readTranslation} from '../src/bilingual/formats.js'
import type {TranslationFormat} from '../src/bilingual/target-text.js'
import {runJob} from '../src/cli/job.js'
import {fix, fixSync} from '../src/fix.js'
import {outsideTargets} from './translation-bytes.js'

function targets(format: TranslationFormat, file: string): string[] {
  return readTranslation(format, file).segments.map((segment) => segment.target)
}

const cases: Array<{format: TranslationFormat; path: string; file: string; fixed: string[]}> = [
  {
    format: 'xliff',
    path: 'report.xlf',
    file: `<?xml version="1.0" encoding="UTF-8"?>
<!-- the the: a comment is not a target -->
<xliff version="1.2">
  <file source-language="zh" target-language="en" original="plan">
    <body>
      <trans-unit id="1">
        <source>统筹发展和安全</source>
        <target state="translated">Balance development &amp; &#x201C;security&#x201D; and and stability</target>
      </trans-unit>
      <trans-unit id="2">
        <source>推动<g id="1">高质量</g>发展</source>
        <target>We will promote <g id="1">high-quality quality</g> growth growth<x id="2"/>.</target>
      </trans-unit>
      <trans-unit id="3">
        <source>全过程人民民主</source>
        <target><![CDATA[Whole-process <people's> democracy democracy]]></target>
      </trans-unit>
      <trans-unit id="4"><source>未译</source></trans-unit>
    </body>
  </file>
</xliff>
`,
    fixed: [
      'Balance development & “security” and stability',
      'We will promote high-quality quality growth.',
      "Whole-process <people's> democracy",
      ''
    ]
  },
  {
    format: 'po',
    path: 'report.po',
    file: `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

# the the: a comment is not a target
msgctxt "summary"
msgid "坚持稳中求进"
msgstr ""
"Adhere to the \\"stability first\\" principle and "
"and seek progress progress\\n"
"in\\tall work."

msgid "加强团结"
msgstr "Strengthen unity unity"

#~ msgid "旧"
#~ msgstr "old old"
`,
    fixed: ['Adhere to the "stability first" principle and seek progress\nin\tall work.', 'Strengthen unity']
  },
  {
    format: 'tmx',
    path: 'memory.tmx',
    file: `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="zh-CN" adminlang="en" datatype="plaintext" segtype="sentence" creationtool="t" creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="1">
      <prop type="note">the the</prop>
      <tuv xml:lang="zh-CN"><seg>创新驱动</seg></tuv>
      <tuv xml:lang="en-US"><seg>Innovation &lt;drives&gt; drives growth growth</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="zh-CN"><seg>共同富裕</seg></tuv>
      <tuv xml:lang="en-US"><seg>Common <bpt i="1">&lt;i&gt;</bpt>prosperity prosperity<ept i="1">&lt;/i&gt;</ept></seg></tuv>
    </tu>
  </body>
</tmx>
`,
    fixed: ['Innovation <drives> drives growth', 'Common prosperity']
  },
  {
    format: 'jsonl',
    path: 'pairs.jsonl',
    file: `{"id":"p1","note":"the the","source":"改革开放","target":"Reform \\u0026 \\"opening\\" \\ud83d\\ude80 open open now","score":0.5}
{"target":"Open\\/wider wider","source":"扩大开放"}
{"source":"未译"}
`,
    fixed: ['Reform & "opening" 🚀 open now', 'Open/wider', '']
  }
]

describe('fixing translation files', () => {
  for (const {format, path, file, fixed} of cases) {
    it(`${format}: fixes targets only, spelled as the format requires, and a second fix changes nothing`, () => {
      const result = fixSync(new VFile({path, value: file}))
      const value = String(result)
      expect(result.data.fixed).toBeGreaterThan(0)
      expect(targets(format, value)).toEqual(fixed)
      expect(outsideTargets(format, value)).toEqual(outsideTargets(format, file))
      expect(String(fixSync(new VFile({path, value})))).toBe(value)
    })
  }

  for (const {format, path, file, fixed} of cases) {
    it(`${format}: fixes a file with Windows line breaks alike`, () => {
      const windows = file.replaceAll('\n', '\r\n')
      const value = String(fixSync(new VFile({path, value: windows})))
      expect(targets(format, value)).toEqual(fixed)
      expect(outsideTargets(format, value)).toEqual(outsideTargets(format, windows))
      expect(value.replaceAll('\r\n', '\n')).toBe(String(fixSync(new VFile({path, value: file}))))
    })
  }

  it('xliff: leaves inline elements and CDATA in place and flags what crosses them', () => {
    const {path, file} = cases[0]!
    const result = fixSync(new VFile({path, value: file}))
    const value = String(result)
    expect(value).toContain('<target>We will promote <g id="1">high-quality quality</g> growth<x id="2"/>.</target>')
    expect(value).toContain('<target><![CDATA[Whole-process <people\'s> democracy]]></target>')
    expect(value).toContain('<target state="translated">Balance development &amp; &#x201C;security&#x201D; and stability</target>')
  })

  it('po: an edit across a continuation line joins the two literals into valid PO', () => {
    const {path, file} = cases[1]!
    const value = String(fixSync(new VFile({path, value: file})))
    expect(value).toContain('"Adhere to the \\"stability first\\" principle and seek progress\\n"\n"in\\tall work."')
    expect(value).toContain('#~ msgstr "old old"')
  })

  it('fixes through the async API and the command line’s job alike', async () => {
    for (const {path, file} of cases) {
      const expected = String(fixSync(new VFile({path, value: file})))
      expect(String(await fix(new VFile({path, value: file})))).toBe(expected)
      const job = runJob({text: file, path, options: {format: 'text'}, fix: 'safe'})
      expect(job.value).toBe(expected)
      const checked = runJob({text: file, path, options: {format: 'text'}})
      expect(checked.messages.length).toBeGreaterThan(0)
      for (const message of checked.messages) {
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        expect(file.slice(place.start.offset, place.end.offset)).toBe(message.actual)
      }
    }
  })
})
