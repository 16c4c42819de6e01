import {VFile} from 'vfile'
import fc from 'fast-check'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {alignedText} from '../src/bilingual/aligned-text.js'
import {readTranslation, translationFormatOf} from '../src/bilingual/formats.js'
import {escapeJsonString} from '../src/bilingual/jsonl.js'
import {escapePo} from '../src/bilingual/po.js'
import {relocateMessages} from '../src/bilingual/relocate.js'
import {TranslationFileError, type TranslationFormat} from '../src/bilingual/target-text.js'
import {escapeXmlText} from '../src/bilingual/xml-text.js'
import {checkSync} from '../src/check.js'

function check(path: string, value: string, rules: Record<string, 'warn' | 'off'> = {}) {
  return checkSync(new VFile({path, value}), {rules})
}

// Every message must cover exactly its `actual` text in the file.
function expectPlacesHoldActual(file: VFile): void {
  const value = String(file)
  for (const message of file.messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
  }
}

function repeated(file: VFile) {
  return file.messages
    .filter((message) => message.ruleId === 'repeated-word')
    .map((message) => ({
      at: (message.place as {start: {offset: number}}).start.offset,
      actual: message.actual,
      expected: message.expected,
      autofix: message.autofix
    }))
}

// A message as the checker emits it, on the checked text of aligned targets.
function messageAt(start: number, end: number, actual: string, expected: string[]): VFileMessage {
  const message = new VFileMessage('test', {place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}})
  message.actual = actual
  message.expected = expected
  message.autofix = true
  return message
}

// Relocate one message given on the checked text into `file` of `format`.
function relocate(format: TranslationFormat, file: string, segmentIndex: number, from: number, to: number, expected: string[]) {
  const {segments: read} = readTranslation(format, file)
  const {text, segments} = alignedText(read)
  const base = segments[segmentIndex]!.start
  const message = messageAt(base + from, base + to, text.slice(base + from, base + to), expected)
  relocateMessages([message], segments.map((segment, index) => ({segment, spans: read[index]!.spans})), file)
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return {slice: file.slice(place.start.offset, place.end.offset), actual: message.actual, expected: message.expected, autofix: message.autofix}
}

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en" datatype="plaintext" original="report">
    <body>
      <group id="g">
        <trans-unit id="u1">
          <source>推进乡村振兴 &amp; 城乡融合</source>
          <target>Rural &amp; urban &#x4E00; the the integration</target>
        </trans-unit>
      </group>
      <trans-unit id="u2">
        <source>深化<g id="1">改革</g></source>
        <target>We will will deepen <g id="1">reform reform</g> now</target>
      </trans-unit>
      <trans-unit id="u3">
        <source>扩大开放</source>
      </trans-unit>
      <trans-unit id="u4">
        <source>保障民生</source>
        <target></target>
      </trans-unit>
      <trans-unit id="u5">
        <source>稳定就业</source>
        <target>
          Keep jobs stable: <![CDATA[a <b> c]]> and the <x id="2"/>the rest
        </target>
      </trans-unit>
    </body>
  </file>
</xliff>
`

const xliff20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1">
    <unit id="1">
      <segment id="s1"><source>第一句。</source><target>The first first sentence.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>第二句。</source><target>The <pc id="p">second second</pc> one.</target></segment>
    </unit>
    <unit id="2">
      <segment><source>第三句。</source><target>Third<ph id="x"/> and and more.</target></segment>
    </unit>
  </file>
</xliff>
`

const po = `# Translations of the report
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: report.txt:3
#, fuzzy
msgctxt "heading"
msgid "坚持党的领导"
msgstr ""
"Uphold the \\"Party's\\" leadership\\tand "
"and the the rule of law."

msgid "一项任务"
msgid_plural "多项任务"
msgstr[0] "one one task"
msgstr[1] "tasks tasks"

msgid "空白"
msgstr ""

#~ msgid "旧条目"
#~ msgstr "old old entry"
`

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="zh-CN" adminlang="en" datatype="plaintext" segtype="sentence" creationtool="t" creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="t1">
      <tuv xml:lang="en-US"><seg>Quality &#8220;first&#8221; and and growth</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>质量第一</seg></tuv>
    </tu>
    <tu tuid="t2">
      <tuv xml:lang="zh-CN"><seg>绿色发展</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Green <bpt i="1">&lt;b&gt;</bpt>growth<ept i="1">&lt;/b&gt;</ept> growth</seg></tuv>
    </tu>
    <tu tuid="t3">
      <tuv xml:lang="zh-CN"><seg>共同富裕</seg></tuv>
    </tu>
  </body>
</tmx>
`

const jsonl = `{"id":"a","source":"高质量发展","target":"High-quality \\u201cdevelopment\\u201d \\ud83d\\ude80 key key","system":"x"}
{"source":"全面深化改革","target":"Deepen reform\\nin in all respects"}

{"source":"对外开放"}
`

describe('translation formats', () => {
  it('knows translation files by their extension', () => {
    expect(['a.xlf', 'b.XLIFF', 'c.po', 'd.tmx', 'e.jsonl', 'f.md', 'g.po.txt', 'dir.po/file'].map(translationFormatOf)).toEqual([
      'xliff',
      'xliff',
      'po',
      'tmx',
      'jsonl',
      undefined,
      undefined,
      undefined
    ])
  })

  it('reads XLIFF 1.2 units, their decoded sources and targets, inline elements left out', () => {
    const {segments} = readTranslation('xliff', xliff12)
    expect(segments.map(({id, source, target}) => ({id, source, target}))).toEqual([
      {id: 'u1', source: '推进乡村振兴 & 城乡融合', target: 'Rural & urban 一 the the integration'},
      {id: 'u2', source: '深化改革', target: 'We will will deepen reform reform now'},
      {id: 'u3', source: '扩大开放', target: ''},
      {id: 'u4', source: '保障民生', target: ''},
      {id: 'u5', source: '稳定就业', target: 'Keep jobs stable: a <b> c and the the rest'}
    ])
  })

  it('skips XLIFF units and groups marked translate="no"', () => {
    const file = `<xliff version="1.2"><file><body>
      <trans-unit id="keep"><source>一</source><target>One</target></trans-unit>
      <trans-unit id="code" translate="no"><source>API</source><target>API</target></trans-unit>
      <group translate="no"><trans-unit id="inner"><source>二</source><target>Two</target></trans-unit></group>
    </body></file></xliff>`
    expect(readTranslation('xliff', file).segments.map((segment) => segment.id)).toEqual(['keep'])
  })

  it('reads XLIFF 2.0 segments, naming each of a unit of several', () => {
    const {segments} = readTranslation('xliff', xliff20)
    expect(segments.map(({id, source, target}) => ({id, source, target}))).toEqual([
      {id: '1/s1', source: '第一句。', target: 'The first first sentence.'},
      {id: '1/s2', source: '第二句。', target: 'The second second one.'},
      {id: '2', source: '第三句。', target: 'Third and and more.'}
    ])
  })

  it('reads PO entries: context, continuation lines, escapes, the singular of a plural; no header, no obsolete entry', () => {
    const {segments} = readTranslation('po', po)
    expect(segments.map(({id, source, target}) => ({id, source, target}))).toEqual([
      {id: '10', source: '坚持党的领导', target: 'Uphold the "Party\'s" leadership\tand and the the rule of law.'},
      {id: '15', source: '一项任务', target: 'one one task'},
      {id: '20', source: '空白', target: ''}
    ])
  })

  it('reads TMX units by language: the header’s srclang is the source, an English variant the target', () => {
    const {segments} = readTranslation('tmx', tmx)
    expect(segments.map(({id, source, target}) => ({id, source, target}))).toEqual([
      {id: 't1', source: '质量第一', target: 'Quality “first” and and growth'},
      {id: 't2', source: '绿色发展', target: 'Green growth growth'},
      {id: 't3', source: '共同富裕', target: ''}
    ])
  })

  it('reads JSON Lines: source and target fields, other fields and blank lines skipped', () => {
    const {segments} = readTranslation('jsonl', jsonl)
    expect(segments.map(({id, source, target}) => ({id, source, target}))).toEqual([
      {id: '1', source: '高质量发展', target: 'High-quality “development” 🚀 key key'},
      {id: '2', source: '全面深化改革', target: 'Deepen reform\nin in all respects'},
      {id: '4', source: '对外开放', target: ''}
    ])
  })

  it('points XLIFF findings at the target bytes, through entities and inside inline elements', () => {
    const file = check('report.xlf', xliff12)
    expectPlacesHoldActual(file)
    expect(repeated(file)).toEqual([
      {at: xliff12.indexOf('the the'), actual: 'the the', expected: ['the'], autofix: true},
      {at: xliff12.indexOf('will will'), actual: 'will will', expected: ['will'], autofix: true},
      {at: xliff12.indexOf('reform reform'), actual: 'reform reform', expected: ['reform'], autofix: true},
      // Across an inline element: flagged, never edited.
      {at: xliff12.indexOf('the <x'), actual: 'the <x id="2"/>the', expected: [], autofix: false}
    ])
  })

  it('points XLIFF 2.0 findings into `<pc>` and past `<ph/>`', () => {
    const file = check('report.xliff', xliff20)
    expectPlacesHoldActual(file)
    expect(repeated(file).map((message) => message.actual)).toEqual(['first first', 'second second', 'and and'])
  })

  it('points PO findings at msgstr literals, across a continuation line', () => {
    const file = check('report.po', po)
    expectPlacesHoldActual(file)
    expect(repeated(file)).toEqual([
      // `and "\n"and` spans two literals: an edit may join them, since only the quotes lie between.
      {at: po.indexOf('and "\n"and'), actual: 'and "\n"and', expected: ['and'], autofix: true},
      {at: po.indexOf('the the'), actual: 'the the', expected: ['the'], autofix: true},
      {at: po.indexOf('one one'), actual: 'one one', expected: ['one'], autofix: true}
    ])
  })

  it('never joins PO literals across a comment between them', () => {
    const file = check('notes.po', 'msgid "一"\nmsgstr ""\n"Build the "\n# a translator\'s note\n"the road"\n')
    expect(repeated(file)).toEqual([{at: 27, actual: 'the "\n# a translator\'s note\n"the', expected: [], autofix: false}])
  })

  it('points TMX findings at the English variant, code of `<bpt>` left out', () => {
    const file = check('memory.tmx', tmx)
    expectPlacesHoldActual(file)
    expect(repeated(file)).toEqual([
      {at: tmx.indexOf('and and'), actual: 'and and', expected: ['and'], autofix: true},
      {at: tmx.indexOf('growth<ept'), actual: 'growth<ept i="1">&lt;/b&gt;</ept> growth', expected: [], autofix: false}
    ])
  })

  it('points JSON Lines findings past \\u escapes and surrogate pairs', () => {
    const file = check('pairs.jsonl', jsonl)
    expectPlacesHoldActual(file)
    expect(repeated(file)).toEqual([
      {at: jsonl.indexOf('key key'), actual: 'key key', expected: ['key'], autofix: true},
      // The rule offers this one only, at the start of a line.
      {at: jsonl.indexOf('in in'), actual: 'in in', expected: ['in'], autofix: false}
    ])
  })

  it('spells suggestions as each format requires', () => {
    // The first target of each file, its first word replaced by text that needs escaping.
    expect(relocate('xliff', xliff12, 0, 0, 5, ['A & <b>'])).toEqual({slice: 'Rural', actual: 'Rural', expected: ['A &amp; &lt;b&gt;'], autofix: true})
    expect(relocate('po', po, 0, 0, 6, ['Say "a"\n\\'])).toEqual({slice: 'Uphold', actual: 'Uphold', expected: ['Say \\"a\\"\\n\\\\'], autofix: true})
    expect(relocate('jsonl', jsonl, 0, 0, 4, ['"q"\t\u2028'])).toEqual({slice: 'High', actual: 'High', expected: ['\\"q\\"\\t\u2028'], autofix: true})
    expect(relocate('tmx', tmx, 0, 8, 15, ['"one"'])).toEqual({slice: '&#8220;first&#8221;', actual: '&#8220;first&#8221;', expected: ['"one"'], autofix: true})
  })

  it('never writes into CDATA what CDATA cannot hold, nor splits one escape', () => {
    // `a <b> c` is CDATA in the fifth unit: `]]>` cannot be written there.
    const cdata = relocate('xliff', xliff12, 4, 18, 25, ['x ]]> y'])
    expect(cdata).toMatchObject({slice: 'a <b> c', expected: [], autofix: false})
    expect(relocate('xliff', xliff12, 4, 18, 25, ['x < y'])).toMatchObject({expected: ['x < y'], autofix: true})
    // Half of a surrogate pair spelled as one reference widens to the reference, unedited.
    const emoji = '<xliff version="1.2"><file><body><trans-unit id="e"><source>火箭</source><target>go &#x1F680; now</target></trans-unit></body></file></xliff>'
    expect(relocate('xliff', emoji, 0, 3, 4, ['x'])).toEqual({slice: '&#x1F680;', actual: '&#x1F680;', expected: [], autofix: false})
  })

  it('points findings on a missing target at the source, with no fix; an empty target takes an insertion', () => {
    // XLIFF u3 has no target: its findings point at its `<source>`.
    expect(relocate('xliff', xliff12, 2, 0, 0, ['Open up'])).toEqual({slice: '<source>扩大开放</source>', actual: '<source>扩大开放</source>', expected: [], autofix: false})
    // XLIFF u4 has `<target></target>`: a fix writes inside it.
    const empty = relocate('xliff', xliff12, 3, 0, 0, ['People & lives'])
    expect(empty).toEqual({slice: '', actual: '', expected: ['People &amp; lives'], autofix: true})
    // A self-closing target has no inside to write into.
    const closed = '<xliff version="1.2"><file><body><trans-unit id="c"><source>空</source><target/></trans-unit></body></file></xliff>'
    expect(relocate('xliff', closed, 0, 0, 0, ['x'])).toEqual({slice: '<target/>', actual: '<target/>', expected: [], autofix: false})
    // PO `msgstr ""` and a TMX unit without English, a JSON line without `target`.
    expect(relocate('po', po, 2, 0, 0, ['Blank "space"'])).toEqual({slice: '', actual: '', expected: ['Blank \\"space\\"'], autofix: true})
    expect(relocate('tmx', tmx, 2, 0, 0, ['x'])).toEqual({slice: '<tuv xml:lang="zh-CN"><seg>共同富裕</seg></tuv>', actual: '<tuv xml:lang="zh-CN"><seg>共同富裕</seg></tuv>', expected: [], autofix: false})
    expect(relocate('jsonl', jsonl, 2, 0, 0, ['x'])).toEqual({slice: '"对外开放"', actual: '"对外开放"', expected: [], autofix: false})
  })

  it('keeps a finding that spans two targets, without a fix', () => {
    const {segments: read} = readTranslation('jsonl', jsonl)
    const {text, segments} = alignedText(read)
    const message = messageAt(segments[0]!.end - 3, segments[1]!.start + 6, text.slice(segments[0]!.end - 3, segments[1]!.start + 6), ['x'])
    relocateMessages([message], segments.map((segment, index) => ({segment, spans: read[index]!.spans})), jsonl)
    expect(message.actual).toBe('key","system":"x"}\n{"source":"全面深化改革","target":"Deepen')
    expect(message.expected).toEqual([])
    expect(message.autofix).toBe(false)
  })

  it('refuses malformed files with a one-line message naming the place', () => {
    const refusal = (path: string, value: string) => {
      try {
        check(path, value)
      } catch (error) {
        expect(error).toBeInstanceOf(TranslationFileError)
        const message = (error as Error).message
        expect(message).not.toContain('\n')
        return message
      }
      throw new Error('not refused')
    }
    expect(refusal('a.xlf', '<xliff version="1.2">\n<file><body>\n<trans-unit id="1"><source>一</source><target>One</source>')).toBe(
      'Cannot read XLIFF: Missing end tag for element target (line 3, column 49)'
    )
    expect(refusal('a.xlf', '<html><body/></html>')).toBe('Cannot read XLIFF: the root element is `<html>`, not `<xliff>`')
    expect(refusal('a.tmx', '<tmx><body><tu>')).toMatch(/^Cannot read TMX: .*\(line 1, column 16\)$/)
    expect(refusal('a.po', 'msgid "一"\nmsgstr "One" two"\n')).toMatch(/^Cannot read PO: Invalid key name "two" at line 2\./)
    expect(refusal('a.po', 'msgid "一"\nmsgstr "One"\n\nmsgid "一"\nmsgstr "Once"\n')).toMatch(/^Cannot read PO: Duplicate msgid/)
    expect(refusal('a.jsonl', '{"source":"一","target":"One"}\n{"source":"二","target":"Two",}\n')).toBe(
      'Cannot read JSON Lines: property name expected at line 2, column 30'
    )
    expect(refusal('a.jsonl', '["一","One"]\n')).toBe('Cannot read JSON Lines: expected an object at line 1, column 1')
    expect(refusal('a.jsonl', '{"source":"一","target":7}\n')).toBe('Cannot read JSON Lines: `target` is not a string at line 1, column 24')
  })

  it('says where in the file reading failed, for an editor to mark', () => {
    const offsetOf = (format: TranslationFormat, value: string) => {
      try {
        readTranslation(format, value)
      } catch (error) {
        return (error as TranslationFileError).offset
      }
      return undefined
    }
    expect(offsetOf('xliff', '<xliff>\n<file><body><target>One</source>')).toBe('<xliff>\n<file><body><target>One'.length)
    expect(offsetOf('jsonl', '{"source":"一","target":"One"}\n{"source":"二","target":7}\n')).toBe(
      '{"source":"一","target":"One"}\n{"source":"二","target":'.length
    )
    // PO: the start of the line gettext-parser names.
    expect(offsetOf('po', 'msgid "一"\nmsgstr "One" two"\n')).toBe('msgid "一"\n'.length)
  })

  it('reads an explicit format whatever the path, and checks a file without units as empty', () => {
    const file = checkSync('{"source":"一","target":"One one"}', {translation: 'jsonl'})
    expect(file.messages.map((message) => message.actual)).toContain('One one')
    expect(check('empty.xlf', '<xliff version="2.0"><file id="f"/></xliff>').messages).toEqual([])
  })
})

describe('decoded targets map back to their spelling', () => {
  const characters = fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '\\', '\n', '\t', '/', 'é', '中', '😀', '“', ']', ';', '#')
  const targetText = fc.array(characters, {maxLength: 24}).map((parts) => parts.join(''))
  const reference = (character: string) => [...character].map((one) => `&#${one.codePointAt(0)};`).join('')
  const unicodeEscape = (character: string) => [...character].map((one) => (one.length === 2 ? one.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16)}`).join('') : escapeJsonString(one))).join('')
  // Each format spelling a target its own way, as a tool might write it; letters around it keep XML layout trimming away.
  const spellings: Array<[TranslationFormat, (target: string) => string]> = [
    ['xliff', (target) => `<xliff version="1.2"><file><body><trans-unit id="1"><source>一</source><target>x${escapeXmlText(target)!}y</target></trans-unit></body></file></xliff>`],
    ['tmx', (target) => `<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>一</seg></tuv><tuv xml:lang="en"><seg>x${reference(target)}y</seg></tuv></tu></body></tmx>`],
    ['po', (target) => `msgid "一"\nmsgstr ""\n"x${escapePo(target.slice(0, 9))}"\n"${escapePo(target.slice(9))}y"\n`],
    ['jsonl', (target) => `{"source":"一","target":"x${unicodeEscape(target)}y"}\n`]
  ]

  for (const [format, spell] of spellings) {
    it(`${format}: replacing one character's spelling by an escaped one replaces that character alone`, () => {
      fc.assert(
        fc.property(targetText, fc.nat(), (target, pick) => {
          const file = spell(target)
          const [segment] = readTranslation(format, file).segments
          const wanted = `x${target}y`
          expect(segment!.target).toBe(wanted)
          const {starts, ends, pieceOf, pieces} = segment!.spans
          // A whole character: both halves of a surrogate pair when one escape spells them.
          let index = pick % wanted.length
          if (starts[index] === -1) index--
          const end = ends[index] === -1 ? index + 2 : index + 1
          const replacement = pieces[pieceOf[index]!]!.escape('&"\\<')!
          const edited = file.slice(0, starts[index]) + replacement + file.slice(ends[end - 1])
          expect(readTranslation(format, edited).segments[0]!.target).toBe(wanted.slice(0, index) + '&"\\<' + wanted.slice(end))
        }),
        {numRuns: 200}
      )
    })
  }
})
