import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {translationFormatOf} from '../src/bilingual/formats.js'
import {runCli, temporaryFolders} from './cli-in-process.js'
import {outsideTargets} from './translation-bytes.js'

// One unit each: a stutter (a SAFE fix) and a figure the translation lost.
const files: Record<string, string> = {
  'plan.xlf': `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2">
  <file source-language="zh" target-language="en" original="plan">
    <body>
      <trans-unit id="1">
        <source>全年完成投资315.1亿元。</source>
        <target>Investment &amp; the the spending reached 31 billion yuan.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`,
  'plan.po': `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: plan.md:1
msgid "全年完成投资315.1亿元。"
msgstr "Investment \\"and\\" the the spending reached 31 billion yuan."
`,
  'plan.tmx': `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="none" creationtoolversion="1" o-tmf="none"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="zh-CN"><seg>全年完成投资315.1亿元。</seg></tuv>
      <tuv xml:lang="en-US"><seg>Investment &lt;total&gt; the the spending reached 31 billion yuan.</seg></tuv>
    </tu>
  </body>
</tmx>
`,
  'plan.jsonl': `{"id": 1, "source": "全年完成投资315.1亿元。", "target": "Investment \\u201Ctotal\\u201D the the spending reached 31 billion yuan."}
`
}

const temporaryFolder = temporaryFolders('officialese-translation-')
const folder = () =>
  temporaryFolder({...files, '.officialeserc.json': '{"preset": "none", "rules": {"repeated-word": "warn", "number-parity": "error"}}'})
const run = runCli

// The offset of a 1-based line and column in `text`.
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

describe('translation files on the command line', () => {
  it('finds them in folders and points every finding at the target in the file', async () => {
    const root = folder()
    const result = await run(root, ['--reporter', 'json', '.'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; endLine: number; endColumn: number; actual?: string}>}>
    expect(report.map((file) => file.path).sort()).toEqual(Object.keys(files).sort())
    for (const file of report) {
      const text = files[file.path]!
      const rules = file.messages.map((message) => message.ruleId).sort()
      expect(rules, file.path).toEqual(['number-parity', 'repeated-word'])
      for (const message of file.messages) {
        const start = offsetOf(text, message.line, message.column)
        const end = offsetOf(text, message.endLine, message.endColumn)
        if (message.actual !== undefined) expect(text.slice(start, end), `${file.path} ${message.ruleId}`).toBe(message.actual)
      }
    }
  })

  it('--fix edits only the targets, escaped for each format, and a second run changes nothing', async () => {
    const root = folder()
    const result = await run(root, ['--fix', '.'])
    expect(result.stderr).not.toMatch(/Cannot/)
    for (const [name, original] of Object.entries(files)) {
      const fixed = readFileSync(path.join(root, name), 'utf8')
      expect(fixed, name).not.toBe(original)
      expect(fixed, name).not.toMatch(/the the/)
      expect(outsideTargets(translationFormatOf(name)!, fixed), name).toEqual(outsideTargets(translationFormatOf(name)!, original))
      // Escapes the file had stay as they were written.
      expect(fixed).toContain(original.includes('&amp;') ? '&amp;' : original.includes('&lt;') ? '&lt;total&gt;' : original.includes('\\u201C') ? '\\u201C' : '\\"and\\"')
    }
    const again = await run(root, ['--fix', '.'])
    for (const name of Object.keys(files)) {
      expect(again.stderr).not.toMatch(/Cannot/)
      const second = readFileSync(path.join(root, name), 'utf8')
      expect(outsideTargets(translationFormatOf(name)!, second)).toEqual(outsideTargets(translationFormatOf(name)!, files[name]!))
      expect(second).not.toMatch(/the the/)
    }
  })

  it('reports SARIF results inside the translation file', async () => {
    const root = folder()
    const result = await run(root, ['--reporter', 'sarif', 'plan.xlf'])
    const sarif = JSON.parse(result.stdout) as {runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {region: {startLine: number}}}>}>}>}
    const lines = sarif.runs[0]!.results.map((entry) => entry.locations[0]!.physicalLocation.region.startLine)
    expect(lines).toEqual([7, 7])
  })

  it('a broken file: one line naming the file, exit 2', async () => {
    const root = folder()
    writeFileSync(path.join(root, 'broken.xlf'), '<xliff version="1.2"><file><body><trans-unit id="1"><source>甲</source><target>A</trans-unit></body></file></xliff>')
    const result = await run(root, ['broken.xlf'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/broken\.xlf/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
