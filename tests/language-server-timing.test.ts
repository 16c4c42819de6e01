import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import {createConnection} from 'vscode-languageserver/node'
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node'
import {debounceMs, idleMs, startServer} from '../src/language-server/server.js'

// The server from the sources, in this process, over a pair of streams, so
// that its timers can be faked: when each publication comes is the point.
let folder: string
let client: ProtocolConnection
const published: PublishDiagnosticsParams[] = []

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'officialese-timing-'))
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)))
  client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  client.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push(params))
  client.listen()
  const uri = pathToFileURL(folder).href
  await client.sendRequest(InitializeRequest.type, {processId: null, rootUri: uri, workspaceFolders: [{uri, name: 'workspace'}], capabilities: {}})
  await client.sendNotification(InitializedNotification.type, {})
})

afterAll(() => {
  client?.dispose()
  if (folder) rmSync(folder, {recursive: true, force: true})
})

afterEach(() => {
  vi.useRealTimers()
})

// Messages and configuration files travel on the real event loop (only the
// server's timers are faked): let them, with the faked clock stopped, for a
// while of real time.
async function settle(): Promise<void> {
  const until = Date.now() + 50
  while (Date.now() < until) await new Promise<void>((resolve) => setImmediate(resolve))
}

/** Move the faked clock by `ms`, letting everything due meanwhile run. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await settle()
}

function versionsOf(uri: string): Array<number | undefined> {
  return published.filter((params) => params.uri === uri).map((params) => params.version)
}

/** Wait, on the real clock, until `uri` has had `count` publications. */
async function publications(uri: string, count: number): Promise<Array<number | undefined>> {
  const deadline = Date.now() + 15_000
  while (versionsOf(uri).length < count && Date.now() < deadline) await new Promise<void>((resolve) => setImmediate(resolve))
  await settle()
  return versionsOf(uri)
}

async function open(name: string, text: string): Promise<string> {
  const uri = pathToFileURL(path.join(folder, name)).href
  await client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await settle()
  await advance(0)
  await publications(uri, 1)
  return uri
}

async function change(uri: string, version: number, text: string): Promise<void> {
  await client.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
  await settle()
}

describe('when the server publishes', () => {
  it('answers an edit after the debounce, and again with a full check after the idle pause', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    const uri = await open('phases.txt', 'Li Shufeng spoke first, and Li Sufeng spoke after him.\n')
    expect(versionsOf(uri)).toEqual([1])
    expect(published.at(-1)!.diagnostics.map((d) => d.code)).toEqual(['name-variant'])

    await change(uri, 2, 'Li Shufeng spoke first, and Li Shufen spoke after him.\n')
    await advance(debounceMs - 1)
    expect(versionsOf(uri)).toEqual([1])
    await advance(1)
    expect(await publications(uri, 2)).toEqual([1, 2])
    // The edit overlapped the finding: not in the quick answer.
    expect(published.at(-1)!.diagnostics.map((d) => d.code)).toEqual([])
    await advance(idleMs - 1)
    expect(versionsOf(uri)).toEqual([1, 2])
    await advance(1)
    expect(await publications(uri, 3)).toEqual([1, 2, 2])
    expect(published.at(-1)!.diagnostics.map((d) => d.code)).toEqual(['name-variant'])
    // Nothing more until the next edit.
    await advance(10 * idleMs)
    expect(versionsOf(uri)).toEqual([1, 2, 2])
  })

  it('lets an edit during the idle pause cancel the full check of the older text', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    const uri = await open('cancelled.txt', 'The meeting was held.\n')
    await change(uri, 2, 'The meeting was was held.\n')
    await advance(debounceMs)
    expect(await publications(uri, 2)).toEqual([1, 2])
    await advance(idleMs - 10)
    await change(uri, 3, 'The meeting was held held.\n')
    await advance(debounceMs)
    expect(await publications(uri, 3)).toEqual([1, 2, 3])
    await advance(idleMs)
    expect(await publications(uri, 4)).toEqual([1, 2, 3, 3])
    expect(published.at(-1)!.diagnostics.map((d) => d.code)).toEqual(['repeated-word'])
  })

  it('checks a document in full at once when it opens', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    const uri = await open('opened.txt', 'It it rains.\n')
    expect(versionsOf(uri)).toEqual([1])
    await advance(10 * idleMs)
    expect(versionsOf(uri)).toEqual([1])
  })
})
