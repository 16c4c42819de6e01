// Bundles the extension and the language server into `out/`, one file each, so
// the packaged extension carries two files instead of a node_modules tree.
// esbuild and vscode-languageclient come from the repository's own install
// (`npm ci` at its root): this folder has no dependencies to fetch.
// `node build.mjs <folder>` writes the bundles there instead, and leaves this folder alone.
import {copyFile, mkdir} from 'node:fs/promises'
import {resolve} from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

const here = new URL('.', import.meta.url)
const root = new URL('../../', import.meta.url)
const elsewhere = process.argv[2]
const out = elsewhere ? pathToFileURL(`${resolve(elsewhere)}/`) : new URL('out/', here)

await mkdir(out, {recursive: true})

await build({
  entryPoints: [fileURLToPath(new URL('extension.js', here))],
  outfile: fileURLToPath(new URL('extension.js', out)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Provided by the editor at run time.
  external: ['vscode'],
  minify: true,
  logLevel: 'warning'
})

await build({
  entryPoints: [fileURLToPath(new URL('src/language-server.ts', root))],
  outfile: fileURLToPath(new URL('language-server.mjs', out)),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its `module` build bundles.
  mainFields: ['module', 'main'],
  // The server's CommonJS dependencies require Node built-ins, which an ES module bundle cannot do without `require`.
  banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
  minify: true,
  logLevel: 'warning'
})

// The extension's package names its licence; vsce looks for the file beside package.json.
if (!elsewhere) await copyFile(new URL('LICENSE', root), new URL('LICENSE', here))
