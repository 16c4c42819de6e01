import {fork} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type TextEdit
} from 'vscode-languageserver-protocol'
import {createProtocolConnection, IPCMessageReader, IPCMessageWriter} from 'vscode-languageserver-protocol/node'
import {VFile} from 'vfile'
import type {Paragraph as NlcstParagraph} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {checkSync} from '../src/check.js'
import {parseTextParagraph} from '../src/format.js'
import {fixSync} from '../src/fix.js'
import {applyInlineControl, findDirectives} from '../src/inline-control.js'
import {DocumentChecker} from '../src/language-server/checker.js'
import {documentFormat} from '../src/language-server/document-format.js'
import {minimalEdit} from '../src/language-server/text-edit.js'
import type {Format} from '../src/rule.js'
import {Editor} from './lsp-client.js'

// CI builds `dist/` before the tests; a private build can be tested with
// `OFFICIALESE_LANGUAGE_SERVER=<folder>/language-server.js npx vitest run tests/language-server.test.ts`.
const serverPath = path.resolve(process.env.OFFICIALESE_LANGUAGE_SERVER ?? 'dist/language-server.js')
const seed = readFileSync('examples/party-building.txt', 'utf8')
const fixAllKind = 'source.fixAll.officialese'

let folder: string
let editor: Editor

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'officialese-ls-'))
  cpSync('examples/party-building.txt', path.join(folder, 'party-building.txt'))
  editor = new Editor(serverPath)
  await editor.initialize(folder)
})

afterAll(async () => {
  await editor?.shutdown()
  if (folder) rmSync(folder, {recursive: true, force: true})
})

/**
 * The exact diagnostics of `version`, an edit of a plain-text document: the
 * server answers an edit twice, first with a quick check, then, once typing
 * has stopped, with the full one.
 */
async function exactAfterEdit(uri: string, version: number): Promise<Diagnostic[]> {
  await editor.diagnostics(uri, (p) => p.version === version)
  return editor.diagnostics(uri, (p) => p.version === version)
}

function uriOf(name: string): string {
  return pathToFileURL(path.join(folder, name)).href
}

/** What an editor shows for `text`: each diagnostic as `rule line:character-line:character`. */
function shown(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`
  )
}

/** The same, computed in process with the library. */
function expectedShown(text: string, format: Format, options = {}): string[] {
  const document = TextDocument.create('file:///x', 'plaintext', 1, text)
  const file = applyInlineControl(checkSync(new VFile({value: text}), {...options, format}), format)
  return file.messages.map((m) => {
    const place = m.place as {start: {offset: number}; end: {offset: number}}
    const start = document.positionAt(place.start.offset)
    const end = document.positionAt(place.end.offset)
    return `${m.ruleId} ${start.line}:${start.character}-${end.line}:${end.character}`
  })
}

function apply(text: string, action: CodeAction, uri: string): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? []
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits)
}

function allOf(diagnostics: Diagnostic[]) {
  return {
    textDocument: {uri: ''},
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    context: {diagnostics}
  }
}

describe('officialese-language-server', () => {
  it('exists (build it first)', () => {
    expect(existsSync(serverPath), `${serverPath} is missing: run \`npm run build\``).toBe(true)
  })

  it('announces quick fixes and fix-all', async () => {
    const probe = new Editor(serverPath)
    const result = await probe.initialize(folder)
    await probe.shutdown()
    expect(result.capabilities.codeActionProvider).toMatchObject({codeActionKinds: expect.arrayContaining(['quickfix', fixAllKind])})
    expect(result.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
  })

  it('speaks over Node IPC too, as the VS Code client starts it', async () => {
    const child = fork(serverPath, ['--node-ipc'], {stdio: ['ignore', 'ignore', 'inherit', 'ipc']})
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    connection.listen()
    const uri = uriOf('ipc.txt')
    const published = new Promise<Diagnostic[]>((resolve) => {
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => resolve(params.diagnostics))
    })
    await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: null, capabilities: {}})
    await connection.sendNotification(InitializedNotification.type, {})
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'It it rains.'}
    })
    expect(shown(await published)).toEqual(['repeated-word 0:0-0:5'])
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)))
    connection.dispose()
  })

  it('registers watchers for configuration files', () => {
    expect(JSON.stringify(editor.registrations)).toContain('.officialeserc')
  })

  it('shows the findings of the seed, with rule, link, source, category and severity', async () => {
    const uri = uriOf('party-building.txt')
    await editor.open(uri, 'plaintext', seed)
    const diagnostics = await editor.diagnostics(uri)
    expect(shown(diagnostics)).toEqual(expectedShown(seed, 'text'))
    expect(diagnostics.length).toBeGreaterThan(10)
    const reference = checkSync(seed)
    diagnostics.forEach((diagnostic, index) => {
      const message = reference.messages[index]!
      expect(diagnostic.source).toBe('retext-officialese')
      expect(diagnostic.codeDescription?.href).toBe(message.url)
      expect(diagnostic.severity).toBe(message.fatal ? 1 : 2)
      expect(diagnostic.message).toBe(`${message.reason} (${message.category})`)
      expect(diagnostic.data).toMatchObject({category: message.category, expected: message.expected, safe: message.autofix})
    })
    await editor.close(uri)
    expect(await editor.diagnostics(uri)).toEqual([])
  })

  it('offers one quick fix per expected value, preferring the SAFE one, replacing exactly the range', async () => {
    const uri = uriOf('quick.txt')
    await editor.open(uri, 'plaintext', seed)
    const diagnostics = await editor.diagnostics(uri)
    const safe = diagnostics.find((d) => d.code === 'official-title-term' && (d.data as {safe: boolean}).safe)!
    const suggested = diagnostics.find((d) => d.code === 'enum-sequence')!
    expect(safe).toBeDefined()
    expect(suggested).toBeDefined()

    const actions = await editor.codeActions({...allOf([safe, suggested]), textDocument: {uri}})
    const forSafe = actions.filter((a) => a.diagnostics?.[0]?.code === 'official-title-term')
    expect(forSafe.map((a) => [a.title, a.isPreferred])).toEqual([['Replace with “Secretary-General”', true]])
    const forSuggested = actions.filter((a) => a.diagnostics?.[0]?.code === 'enum-sequence')
    expect(forSuggested.map((a) => [a.title, a.isPreferred])).toEqual([
      ['Replace with “Fifth,”', false],
      ['Replace with “Fifth, to”', false]
    ])
    // Plain text has no comments, so no disable actions.
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false)

    const document = TextDocument.create(uri, 'plaintext', 1, seed)
    const start = document.offsetAt(safe.range.start)
    const end = document.offsetAt(safe.range.end)
    expect(apply(seed, forSafe[0]!, uri)).toBe(seed.slice(0, start) + 'Secretary-General' + seed.slice(end))
    await editor.close(uri)
  })

  it('makes with a quick fix exactly what fix() makes when there is one SAFE finding', async () => {
    const uri = uriOf('one.txt')
    const text = 'The meeting was attended by the Secretary General of the committee.\n'
    expect(fixSync(text).data.fixed).toBe(1)
    await editor.open(uri, 'plaintext', text)
    const diagnostics = await editor.diagnostics(uri)
    const actions = await editor.codeActions({...allOf(diagnostics), textDocument: {uri}})
    const preferred = actions.filter((a) => a.isPreferred)
    expect(preferred).toHaveLength(1)
    expect(apply(text, preferred[0]!, uri)).toBe(String(fixSync(text)))
    await editor.close(uri)
  })

  it('fixes all SAFE findings on request, exactly as fix() does, in one minimal edit', async () => {
    const uri = uriOf('fix-all.txt')
    await editor.open(uri, 'plaintext', seed)
    await editor.diagnostics(uri)
    const actions = await editor.codeActions({...allOf([]), textDocument: {uri}, context: {diagnostics: [], only: [fixAllKind]}})
    expect(actions.map((a) => a.kind)).toEqual([fixAllKind])
    const edits = actions[0]!.edit!.changes![uri]!
    expect(edits).toHaveLength(1)
    expect(apply(seed, actions[0]!, uri)).toBe(String(fixSync(seed)))

    // `source.fixAll` (what "fix on save" asks for) matches too.
    const general = await editor.codeActions({...allOf([]), textDocument: {uri}, context: {diagnostics: [], only: ['source.fixAll']}})
    expect(general.map((a) => a.kind)).toEqual([fixAllKind])

    // Unasked, it is offered lazily and resolved to the same edit.
    const lazy = (await editor.codeActions({...allOf([]), textDocument: {uri}})).find((a) => a.kind === fixAllKind)!
    expect(lazy.edit).toBeUndefined()
    const resolved = await editor.resolve(lazy)
    expect(apply(seed, resolved, uri)).toBe(String(fixSync(seed)))

    // Nothing left to fix: nothing offered.
    const fixed = String(fixSync(seed))
    await editor.change(uri, 2, [{text: fixed}])
    await exactAfterEdit(uri, 2)
    const none = await editor.codeActions({...allOf([]), textDocument: {uri}, context: {diagnostics: [], only: [fixAllKind]}})
    expect(none).toEqual([])
    await editor.close(uri)
  })

  it('checks again after an edit, with the findings of a full check', async () => {
    const uri = uriOf('edit.txt')
    await editor.open(uri, 'plaintext', seed)
    await editor.diagnostics(uri)
    // Insert a paragraph with a repeated word after the title, then edit a later paragraph.
    await editor.change(uri, 2, [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, text: 'The the report was read.\n'}])
    let text = 'Create a new situation of the party building at the basic level\nThe the report was read.\n' + seed.split('\n').slice(1).join('\n')
    const second = await exactAfterEdit(uri, 2)
    expect(shown(second)).toEqual(expectedShown(text, 'text'))
    expect(shown(second)).toContain('repeated-word 1:0-1:7')

    await editor.change(uri, 3, [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 4}}, text: ''}])
    text = text.replace('The the', 'the')
    const third = await exactAfterEdit(uri, 3)
    expect(shown(third)).toEqual(expectedShown(text, 'text'))
    expect(third.some((d) => d.code === 'repeated-word')).toBe(false)
    await editor.close(uri)
  })

  it('waits for typing to pause before checking', async () => {
    const uri = uriOf('typing.txt')
    await editor.open(uri, 'plaintext', 'Hello.')
    await editor.diagnostics(uri, (p) => p.version === 1)
    let text = 'Hello.'
    for (let version = 2; version <= 6; version++) {
      text += ' It it'
      await editor.change(uri, version, [{text}])
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    // Changes 20 ms apart are one burst: the first check after it is of the last version.
    const versions: Array<number | undefined> = []
    const ofLast = (params: {version?: number}) => {
      versions.push(params.version)
      return params.version === 6
    }
    await editor.diagnostics(uri, ofLast)
    const last = await editor.diagnostics(uri, ofLast)
    expect(versions).toEqual([6, 6])
    expect(shown(last)).toEqual(expectedShown(text, 'text'))
    await editor.close(uri)
  })

  it('answers an edit at once, then with the exact findings once typing stops', async () => {
    const uri = uriOf('variant.txt')
    const before = 'Li Shufeng spoke first, and Li Sufeng spoke after him.\nThe the report was read.\n'
    await editor.open(uri, 'plaintext', before)
    expect(shown(await editor.diagnostics(uri, (p) => p.version === 1))).toEqual(expectedShown(before, 'text'))
    // The edit overlaps the variant: the quick answer drops it, the full check finds the new one.
    const after = before.replace('Li Sufeng', 'Li Shufen').replace('The the', 'the the')
    await editor.change(uri, 2, [{text: after}])
    const quick = await editor.diagnostics(uri, (p) => p.version === 2)
    expect(quick.some((d) => d.code === 'name-variant')).toBe(false)
    expect(shown(quick)).toContain('repeated-word 1:0-1:7')
    // Typing again before the idle pause ends: no full check of the older text.
    const again = after.replace('after him', 'after them')
    await editor.change(uri, 3, [{text: again}])
    const versions: Array<number | undefined> = []
    const ofThree = (params: {version?: number}) => {
      versions.push(params.version)
      return params.version === 3
    }
    await editor.diagnostics(uri, ofThree)
    const exact = await editor.diagnostics(uri, ofThree)
    expect(versions).toEqual([3, 3])
    expect(shown(exact)).toEqual(expectedShown(again, 'text'))
    expect(shown(exact)).toContain('name-variant 0:28-0:37')
    await editor.close(uri)
  })

  it('turns rules off when a configuration file changes, and reports a broken one', async () => {
    const uri = uriOf('configured.txt')
    const rc = path.join(folder, '.officialeserc.json')
    await editor.open(uri, 'plaintext', seed)
    const before = await editor.diagnostics(uri)
    expect(before.some((d) => d.code === 'term-consistency')).toBe(true)

    writeFileSync(rc, JSON.stringify({rules: {'term-consistency': 'off', 'enum-cardinal-marker': 'error'}}))
    await editor.filesChanged([{uri: pathToFileURL(rc).href, type: FileChangeType.Created}])
    const after = await editor.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'term-consistency'))
    const options = {rules: {'term-consistency': 'off', 'enum-cardinal-marker': 'error'}} as const
    expect(shown(after)).toEqual(expectedShown(seed, 'text', options))
    expect(after.filter((d) => d.code === 'enum-cardinal-marker').every((d) => d.severity === 1)).toBe(true)

    writeFileSync(rc, '{"rules": {"no-such-rule": "warn"}}')
    await editor.filesChanged([{uri: pathToFileURL(rc).href, type: FileChangeType.Changed}])
    const broken = await editor.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'configuration'))
    expect(broken).toHaveLength(1)
    expect(broken[0]!.message).toContain('.officialeserc.json')
    expect(broken[0]!.message).toContain('no-such-rule')

    rmSync(rc)
    await editor.filesChanged([{uri: pathToFileURL(rc).href, type: FileChangeType.Deleted}])
    const restored = await editor.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'term-consistency'))
    expect(shown(restored)).toEqual(shown(before))
    await editor.close(uri)
  })

  it('turns a rule off for a line or the file with a comment in Markdown', async () => {
    const uri = uriOf('report.md')
    const text = '# Report\n\nThe the meeting was held.\nIt it was good.\n'
    const {actions} = await disableActions(uri, 'markdown', text, 3)
    // Mid-paragraph, the comment goes at the end of the line before: the paragraph stays whole.
    const lineFixed = apply(text, actions.line, uri)
    expect(lineFixed).toBe('# Report\n\nThe the meeting was held. <!-- officialese-disable-next-line repeated-word -->\nIt it was good.\n')
    expect(findDirectives(lineFixed, 'markdown')).toHaveLength(1)
    await editor.change(uri, 2, [{text: lineFixed}])
    expect(shown(await editor.diagnostics(uri, (p) => p.version === 2))).toEqual(['repeated-word 2:0-2:7'])

    const fileFixed = apply(text, actions.file, uri)
    expect(fileFixed.startsWith('<!-- officialese-disable repeated-word -->\n\n# Report')).toBe(true)
    await editor.change(uri, 3, [{text: fileFixed}])
    expect(await editor.diagnostics(uri, (p) => p.version === 3)).toEqual([])
    await editor.close(uri)
  })

  it('puts the line comment on a line of its own at the start of a block', async () => {
    const uri = uriOf('block.md')
    const text = '# Report\n\n- The the meeting was held.\n'
    const {actions} = await disableActions(uri, 'markdown', text, 2)
    const lineFixed = apply(text, actions.line, uri)
    expect(lineFixed).toBe('# Report\n\n<!-- officialese-disable-next-line repeated-word -->\n- The the meeting was held.\n')
    expect(applyInlineControl(checkSync(new VFile({value: lineFixed}), {format: 'markdown'}), 'markdown').messages).toEqual([])
    await editor.close(uri)
  })

  it('offers the same comments in HTML, after the doctype', async () => {
    const uri = uriOf('page.html')
    const text = '<!doctype html>\n<p>The meeting was held.</p>\n<p>The the report was read.</p>\n'
    const {actions} = await disableActions(uri, 'html', text, 2)
    const lineFixed = apply(text, actions.line, uri)
    expect(lineFixed).toBe('<!doctype html>\n<p>The meeting was held.</p>\n<!-- officialese-disable-next-line repeated-word -->\n<p>The the report was read.</p>\n')
    expect(applyInlineControl(checkSync(new VFile({value: lineFixed}), {format: 'html'}), 'html').messages).toEqual([])
    const fileFixed = apply(text, actions.file, uri)
    expect(fileFixed.startsWith('<!doctype html>\n<!-- officialese-disable repeated-word -->\n')).toBe(true)
    await editor.close(uri)
  })

  it('leaves documents of other languages alone', async () => {
    const uri = uriOf('script.js')
    await editor.open(uri, 'javascript', 'const the the = 1\n')
    const probe = uriOf('after.txt')
    await editor.open(probe, 'plaintext', 'It it rains.')
    await editor.diagnostics(probe)
    await expect(editor.diagnostics(uri, () => true, 300)).rejects.toThrow(/No matching diagnostics/)
    await editor.close(probe)
  })
})

describe('pieces of the server', () => {
  it('picks the format from the language id, else the extension', () => {
    expect(documentFormat('plaintext', 'file:///a/b')).toBe('text')
    expect(documentFormat('text', 'file:///a/b')).toBe('text')
    expect(documentFormat('markdown', 'file:///a/b.txt')).toBe('markdown')
    expect(documentFormat('html', 'untitled:1')).toBe('html')
    expect(documentFormat('unknown', 'file:///a/REPORT.MD')).toBe('markdown')
    expect(documentFormat('unknown', 'file:///a/page.htm?x=1')).toBe('html')
    expect(documentFormat('javascript', 'file:///a/b.js')).toBeUndefined()
    expect(documentFormat('unknown', 'file:///a.md/b')).toBeUndefined()
  })

  it('sends fix-all as one edit of the changed span, never splitting a CRLF or a surrogate pair', () => {
    const cases: Array<[string, string]> = [
      ['a\r\nb', 'a\nb'],
      ['x😀y', 'x😃y'],
      ['same', 'same'],
      ['In September 17th, the the meeting\r\n', 'On September 17th, the meeting\r\n'],
      ['', 'new'],
      ['old', '']
    ]
    for (const [before, after] of cases) {
      const document = TextDocument.create('file:///x.txt', 'plaintext', 1, before)
      const edit = minimalEdit(document, after)
      if (before === after) {
        expect(edit).toBeUndefined()
        continue
      }
      expect(TextDocument.applyEdits(document, [edit!])).toBe(after)
      const start = document.offsetAt(edit!.range.start)
      const end = document.offsetAt(edit!.range.end)
      for (const offset of [start, end]) {
        expect(before.slice(offset - 1, offset + 1)).not.toBe('\r\n')
        expect(before.codePointAt(offset - 1)! > 0xffff).toBe(false)
      }
    }
  })
})

describe('incremental checking', () => {
  it('gives a kept paragraph the same tree a fresh parse gives, wherever it moves', () => {
    const parser = new ParseEnglish()
    const kept = new Map<string, NlcstParagraph>()
    const cache = {get: (text: string) => kept.get(text), set: (text: string, node: NlcstParagraph) => void kept.set(text, node)}
    const paragraph = 'Two to “give” full play, to the the key role.'
    for (const text of [`${paragraph}\n`, `Title\n\n  ${paragraph}\n`, `A\r\nB\r\n\t${paragraph} `]) {
      const start = text.indexOf(paragraph)
      const line = text.slice(0, start).split(/\r?\n/).length
      const column = start - Math.max(text.lastIndexOf('\n', start - 1) + 1, 0) + 1
      const range = {start, end: start + paragraph.length, line, column}
      const fresh = parseTextParagraph(parser, text, range)
      expect(parseTextParagraph(parser, text, range, cache)).toEqual(fresh)
      expect(parseTextParagraph(parser, text, range, cache)).toEqual(fresh)
    }
    expect(kept.size).toBe(1)
  })

  it('finds after edits exactly what a fresh check finds', () => {
    const corpus = readFileSync('examples/party-building.txt', 'utf8')
    const checker = new DocumentChecker('text', undefined)
    let text = corpus
    const edits: Array<(value: string) => string> = [
      (value) => value.replace('Su Rong', 'Su  Rong'),
      (value) => `The the title\n${value}`,
      (value) => value.replace(/\n\n/, '\n\nTwo to the the point.\n\n'),
      (value) => value.slice(0, value.length >> 1),
      (value) => value + '\n\n"Open quote without end\n'
    ]
    expect(summarise(checker.check(text, {}))).toEqual(summarise(checkSync(text)))
    for (const edit of edits) {
      text = edit(text)
      expect(summarise(checker.check(text, {}))).toEqual(summarise(checkSync(text)))
      expect(checker.fix(text, {})).toBe(String(fixSync(text)))
    }
    expect(checker.cachedParagraphs).toBeGreaterThan(0)
  })
})

/** Open a document and ask for the disable actions of its `repeated-word` finding on `line`. */
async function disableActions(uri: string, languageId: string, text: string, line: number) {
  await editor.open(uri, languageId, text)
  const diagnostics = await editor.diagnostics(uri)
  expect(shown(diagnostics)).toEqual(expectedShown(text, languageId as Format))
  const target = diagnostics.find((d) => d.range.start.line === line && d.code === 'repeated-word')!
  expect(target).toBeDefined()
  const offered = await editor.codeActions({...allOf([target]), textDocument: {uri}})
  const lineAction = offered.find((a) => a.title === 'Disable repeated-word for this line')!
  const file = offered.find((a) => a.title === 'Disable repeated-word for this file')!
  return {diagnostics, actions: {line: lineAction, file}}
}

function summarise(file: VFile): unknown[] {
  return file.messages.map((m) => ({...m, file: undefined, stack: undefined}))
}
