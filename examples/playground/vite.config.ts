import {fileURLToPath} from 'node:url'
import {defaultClientConditions, defineConfig} from 'vite'
import {browserOnly} from './browser-only.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  // Relative asset paths: the built page works from any folder or sub-path.
  base: './',
  // The library runs in a Web Worker: no `document`. Packages with a DOM
  // build for browsers (the HTML entity decoder) also ship one for workers.
  // gettext-parser (PO files) needs Node's streams: the page has no PO files to read.
  resolve: {
    conditions: ['worker', ...defaultClientConditions],
    alias: {'gettext-parser': fileURLToPath(new URL('po-unavailable.ts', import.meta.url))}
  },
  build: {outDir: 'dist', emptyOutDir: true, target: 'es2022'},
  plugins: [browserOnly()],
  worker: {format: 'es', plugins: () => [browserOnly()]}
})
