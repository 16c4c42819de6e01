// A minimal client: VS Code starts `officialese-language-server` over IPC for
// plain text, Markdown and HTML, and tells it when a configuration file changes.
const path = require('node:path')
const {workspace} = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

/** @param {import('vscode').ExtensionContext} context */
function activate(context) {
  const configured = workspace.getConfiguration('officialese').get('serverPath')
  // `npm run build` bundles the server beside this file.
  const serverModule = configured || path.join(__dirname, 'language-server.mjs')

  const transport = TransportKind.ipc
  const serverOptions = {
    run: {module: serverModule, transport},
    debug: {module: serverModule, transport, options: {execArgv: ['--nolazy', '--inspect=6011']}}
  }

  const clientOptions = {
    documentSelector: ['plaintext', 'markdown', 'html'].flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ]),
    synchronize: {
      // The server reloads configuration (and re-checks) when one of these changes.
      fileEvents: workspace.createFileSystemWatcher('**/{.officialeserc,.officialeserc.*,package.json}')
    }
  }

  client = new LanguageClient('officialese', 'Officialese', serverOptions, clientOptions)
  context.subscriptions.push({dispose: () => client?.stop()})
  return client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
