import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {DocumentChecker} from '../src/language-server/checker.js'
import {toDiagnostic} from '../src/language-server/diagnostics.js'
import {documentFormat, documentTranslationFormat} from '../src/language-server/document-format.js'

const xliff = `<xliff version="1.2">
  <file source-language="zh" target-language="en"><body>
    <trans-unit id="1">
      <source>巩固拓展脱贫攻坚成果</source>
      <target>Consolidate &amp; expand the the gains in poverty alleviation</target>
    </trans-unit>
  </body></file>
</xliff>
`

describe('translation files in an editor', () => {
  it('knows translation files by extension or language id, and reads their targets as plain text', () => {
    expect(documentTranslationFormat('xml', 'file:///projects/plan/report.xlf')).toBe('xliff')
    expect(documentTranslationFormat('po', 'untitled:Untitled-1')).toBe('po')
    expect(documentTranslationFormat('plaintext', 'file:///a/pairs.jsonl?x=1')).toBe('jsonl')
    expect(documentTranslationFormat('xml', 'file:///a/pom.xml')).toBeUndefined()
    expect(documentFormat('xml', 'file:///a/memory.tmx')).toBe('text')
    expect(documentFormat('xml', 'file:///a/pom.xml')).toBeUndefined()
    // Known by its language id alone, a translation file needs its checker told the format.
    expect(documentFormat('po', 'untitled:Untitled-1')).toBeUndefined()
    expect(documentFormat('markdown', 'file:///a/notes.md')).toBe('markdown')
  })

  it('gives diagnostics and quick fixes that point into the XLIFF text', () => {
    const uri = 'file:///projects/plan/report.xlf'
    const checker = new DocumentChecker(documentFormat('xml', uri)!, '/projects/plan/report.xlf')
    const document = TextDocument.create(uri, 'xml', 1, xliff)
    const diagnostics = checker.check(xliff, {}).messages.map((message) => toDiagnostic(message, document))
    const repeated = diagnostics.find((diagnostic) => diagnostic.code === 'repeated-word')!
    expect(document.getText(repeated.range)).toBe('the the')
    expect(repeated.range.start).toEqual({line: 4, character: xliff.split('\n')[4]!.indexOf('the the')})
    expect(checker.fix(xliff, {})).toBe(xliff.replace('the the', 'the'))
  })

  it('checks an unsaved PO document by the format its language id names', () => {
    const po = 'msgid "巩固成果"\nmsgstr "Consolidate the the gains"\n'
    const checker = new DocumentChecker('text', undefined, 'po')
    const document = TextDocument.create('untitled:Untitled-1', 'po', 1, po)
    const diagnostics = checker.check(po, {}).messages.map((message) => toDiagnostic(message, document))
    expect(diagnostics.map((diagnostic) => document.getText(diagnostic.range))).toContain('the the')
    expect(checker.fix(po, {})).toBe('msgid "巩固成果"\nmsgstr "Consolidate the gains"\n')
  })
})
