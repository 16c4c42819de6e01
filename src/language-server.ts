#!/usr/bin/env node
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './language-server/server.js'

// Editors pass the transport (`--stdio`, `--node-ipc`, `--socket=<port>`) and
// the library reads it; started by hand without one, talk over stdio.
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']
if (!process.argv.some((argument) => transports.some((name) => argument === name || argument.startsWith(`${name}=`)))) {
  process.argv.push('--stdio')
}

startServer(createConnection(ProposedFeatures.all))
