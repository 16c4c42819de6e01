import {spawn, type ChildProcess} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node'

/** An editor talking to the built server over stdio, as VS Code or Neovim would. */
export class Editor {
  readonly connection: ProtocolConnection
  readonly registrations: unknown[] = []
  private readonly child: ChildProcess
  private readonly published: PublishDiagnosticsParams[] = []
  private readonly waiting: Array<() => void> = []

  constructor(serverPath: string) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!)
    )
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const wake of this.waiting.splice(0)) wake()
    })
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations)
    })
    this.connection.listen()
  }

  /** Start the session with `folder` as the workspace. */
  async initialize(folder: string): Promise<InitializeResult> {
    const uri = pathToFileURL(folder).href
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{uri, name: 'workspace'}],
      capabilities: {
        textDocument: {
          publishDiagnostics: {versionSupport: true},
          codeAction: {
            codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}},
            isPreferredSupport: true,
            resolveSupport: {properties: ['edit']},
            dataSupport: true
          }
        },
        workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}
      }
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId, version, text}
    })
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges
    })
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes})
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, params)
    return (result ?? []).filter((action): action is CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'))
  }

  async resolve(action: CodeAction): Promise<CodeAction> {
    return this.connection.sendRequest(CodeActionResolveRequest.type, action)
  }

  /**
   * The next diagnostics published for `uri` that satisfy `accept`, counting
   * those published since the last call; fails after `timeout` ms.
   */
  async diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeout = 15_000
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeout
    for (;;) {
      const index = this.published.findIndex((params) => params.uri === uri && accept(params))
      if (index !== -1) {
        const found = this.published[index]!
        // Older diagnostics of the same document are superseded by this one.
        for (let at = index; at >= 0; at--) if (this.published[at]!.uri === uri) this.published.splice(at, 1)
        return found.diagnostics
      }
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`No matching diagnostics for ${uri} within ${timeout} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiting.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve()
      else this.child.once('exit', () => resolve())
    })
    this.connection.dispose()
  }
}
