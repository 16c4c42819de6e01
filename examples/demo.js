// Checks a text with the recommended preset, prints the findings, then the
// SAFE fixes as a unified diff. Run with `npm run demo` (or
// `node examples/demo.js FILE`).
import {readFile} from 'node:fs/promises'
import {createTwoFilesPatch} from 'diff'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {check, fix} from 'retext-officialese'

const path = process.argv[2] ?? 'examples/party-building.txt'
const file = new VFile({path, value: await readFile(path, 'utf8')})

const checked = await check(file)
console.log(`Findings in ${path}:\n`)
console.log(reporter([checked], {color: process.stdout.isTTY}))

const fixed = await fix(file)
console.log(`\nSAFE fixes (${fixed.data.fixed} applied; ${fixed.messages.length} findings left for a person), one sentence per line:\n`)
console.log(createTwoFilesPatch(`a/${path}`, `b/${path}`, bySentence(String(file)), bySentence(String(fixed)), undefined, undefined, {context: 1}))

// A machine translation is often one paragraph on one line, so a diff by line
// would print the whole paragraph twice; cut before every sentence instead.
function bySentence(text) {
  const starts = []
  visit(unified().use(retextEnglish).parse(text), 'SentenceNode', (sentence) => {
    const offset = sentence.position?.start.offset
    if (offset !== undefined && offset > 0) starts.push(offset)
  })
  const pieces = []
  let from = 0
  for (const start of starts) {
    const piece = text.slice(from, start)
    pieces.push(piece.endsWith('\n') ? piece.slice(0, -1) : piece)
    from = start
  }
  pieces.push(text.slice(from))
  return pieces.join('\n')
}
