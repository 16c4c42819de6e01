import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DocumentChecker} from './checker.js'
import {fixAllAction, fixAllKind, quickFixes, wants} from './code-actions.js'
import {ConfigurationStore, type DocumentConfiguration} from './configuration-store.js'
import {configurationDiagnostic, findingData, toDiagnostic, translationFileDiagnostic} from './diagnostics.js'
import {documentFormat, documentTranslationFormat} from './document-format.js'
import {TranslationFileError} from '../bilingual/target-text.js'

/** How long typing must pause before a document is checked again. */
export const debounceMs = 150

/**
 * How long a plain-text document must then stay unedited before the full
 * check. An edit is first answered with a quick check (the edited lines read
 * again by the rules that read no further than a paragraph, the other
 * findings moved from the check before); the full check, which reads the
 * whole document with every rule, publishes the exact findings once typing has
 * stopped for this long more. An edit before then postpones it.
 */
export const idleMs = 500

/** Configuration files whose change makes the server reload configuration and re-check. */
export const configurationGlobs = ['**/.officialeserc', '**/.officialeserc.*', '**/package.json']

interface OpenDocument {
  checker: DocumentChecker
  timer: NodeJS.Timeout | undefined
  /** Whether the pending check is an immediate one (open, configuration change) that typing must not postpone. */
  immediate: boolean
  /** Whether the last check found a SAFE fix: only then is fix-all offered unasked. */
  hasSafeFix: boolean
}

interface FixAllData {
  fixAll: true
  uri: string
  version: number
}

/**
 * Serve `connection`: diagnostics for plain text, Markdown and HTML documents,
 * quick fixes, disable comments and fix-all, with configuration found and
 * reloaded as the `officialese` command finds it.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const open = new Map<string, OpenDocument>()
  let configurations = new ConfigurationStore(process.cwd())
  let resolvesEdits = false
  let watchesDynamically = false

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined
    const cwd = folder ? filePath(folder) : undefined
    if (cwd) configurations = new ConfigurationStore(cwd)
    const codeAction = params.capabilities?.textDocument?.codeAction
    resolvesEdits = codeAction?.resolveSupport?.properties.includes('edit') === true
    watchesDynamically = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, fixAllKind],
          resolveProvider: true
        }
      },
      serverInfo: {name: 'officialese-language-server'}
    }
  })

  connection.onInitialized(() => {
    if (!watchesDynamically) return
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {watchers: configurationGlobs.map((globPattern) => ({globPattern}))})
      .catch((error: unknown) => log('cannot watch configuration files', error))
  })

  documents.onDidOpen(({document}) => {
    const translation = documentTranslationFormat(document.languageId, document.uri)
    // A translation file's targets are plain text; an unsaved one is known by its language id.
    const format = translation ? 'text' : documentFormat(document.languageId, document.uri)
    if (!format) return
    open.set(document.uri, {
      checker: new DocumentChecker(format, filePath(document.uri), translation),
      timer: undefined,
      immediate: false,
      hasSafeFix: false
    })
    schedule(document.uri, 0)
  })

  documents.onDidChangeContent(({document}) => schedule(document.uri, debounceMs, true))

  documents.onDidClose(({document}) => {
    const state = open.get(document.uri)
    if (!state) return
    clearTimeout(state.timer)
    open.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []}).catch((error: unknown) => log('cannot clear diagnostics', error))
  })

  // Any change to a configuration file may change any document's rules.
  connection.onDidChangeWatchedFiles(() => {
    configurations.reload()
    for (const uri of open.keys()) schedule(uri, 0)
  })

  connection.onCodeAction(async (params) => codeActions(params))

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as Partial<FixAllData> | undefined
    if (!data?.fixAll || typeof data.uri !== 'string') return action
    const document = documents.get(data.uri)
    if (!document || document.version !== data.version) return action
    const resolved = await fixAll(document)
    return resolved ?? action
  })

  documents.listen(connection)
  connection.listen()

  function schedule(uri: string, delay: number, quick = false): void {
    const state = open.get(uri)
    if (!state) return
    // Typing postpones a pending check; it never postpones one due at once.
    if (state.timer && state.immediate) return
    clearTimeout(state.timer)
    state.immediate = delay === 0
    state.timer = setTimeout(() => {
      state.timer = undefined
      publish(uri, quick).catch((error: unknown) => log(`cannot check ${uri}`, error))
    }, delay)
  }

  async function publish(uri: string, quick: boolean): Promise<void> {
    const document = documents.get(uri)
    const state = open.get(uri)
    if (!document || !state) return
    const version = document.version
    const configuration = await configurations.load(state.checker.path)
    // Edited while the configuration loaded: the check scheduled by the edit will publish.
    if (open.get(uri) !== state || document.version !== version || documents.get(uri) !== document) return
    if (!configuration.ok) {
      state.hasSafeFix = false
      await connection.sendDiagnostics({uri, version, diagnostics: [configurationDiagnostic(configuration.reason)]})
      return
    }
    const found = quick ? state.checker.quickCheck(document.getText(), configuration.options) : undefined
    if (found) {
      state.hasSafeFix = found.some((finding) => finding.message.autofix)
      const diagnostics = found.map((finding) => toDiagnostic(finding.message, document, finding))
      await connection.sendDiagnostics({uri, version, diagnostics})
      // The exact findings once typing has stopped; an edit meanwhile schedules its own quick check.
      if (open.get(uri) === state && document.version === version) schedule(uri, idleMs)
      return
    }
    let file
    try {
      file = state.checker.check(document.getText(), configuration.options)
    } catch (error) {
      // A translation file broken while it is typed: one diagnostic where reading stopped, not stale ones.
      if (!(error instanceof TranslationFileError)) throw error
      state.hasSafeFix = false
      await connection.sendDiagnostics({uri, version, diagnostics: [translationFileDiagnostic(error, document)]})
      return
    }
    state.hasSafeFix = file.messages.some((message) => message.autofix)
    const diagnostics = file.messages.map((message) => toDiagnostic(message, document))
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  // A bug, not a user's mistake: into the editor's log for the server, and the server goes on.
  function log(what: string, error: unknown): void {
    connection.console.error(`officialese: ${what}: ${error instanceof Error ? error.stack : String(error)}`)
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const document = documents.get(params.textDocument.uri)
    const state = open.get(params.textDocument.uri)
    if (!document || !state) return []
    const only = params.context.only
    const actions: CodeAction[] = []

    if (wants(only, CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (findingData(diagnostic)) actions.push(...quickFixes(document, diagnostic, state.checker.format))
      }
    }

    // Asked for by name (fix on save): computed now. Offered unasked only when
    // there is something to fix, and then lazily when the editor can resolve it.
    const asked = only !== undefined && only.length > 0 && wants(only, fixAllKind)
    if (asked || (only === undefined && state.hasSafeFix)) {
      if (!asked && resolvesEdits) {
        const data: FixAllData = {fixAll: true, uri: document.uri, version: document.version}
        actions.push({title: 'Fix all safe officialese findings', kind: fixAllKind, data})
      } else {
        const action = await fixAll(document)
        if (action) actions.push(action)
      }
    }

    return actions
  }

  async function fixAll(document: TextDocument): Promise<CodeAction | undefined> {
    const state = open.get(document.uri)
    if (!state) return undefined
    const configuration: DocumentConfiguration = await configurations.load(state.checker.path)
    if (!configuration.ok) return undefined
    return fixAllAction(document, state.checker.fix(document.getText(), configuration.options))
  }
}

/** The file path of a `file:` URI; `undefined` for unsaved documents and other schemes. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}
