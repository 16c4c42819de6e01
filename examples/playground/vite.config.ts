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
  resolve: {conditions: ['worker', ...defaultClientConditions]},
  build: {outDir: 'dist', emptyOutDir: true, target: 'es2022'},
  plugins: [browserOnly()],
  worker: {format: 'es', plugins: () => [browserOnly()]}
})
