// Checks a text with the recommended preset, prints the findings, then prints
// the text with every SAFE fix applied and the findings that remain for a
// person. Run with `npm run demo` (or `node examples/demo.js FILE`).
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {check, fix} from 'retext-officialese'

const path = process.argv[2] ?? 'examples/party-building.txt'
const file = new VFile({path, value: await readFile(path, 'utf8')})

const checked = await check(file)
console.log(`Findings in ${path}:\n`)
console.log(reporter([checked], {color: process.stdout.isTTY}))

const fixed = await fix(file)
console.log(`\nFixed text (${fixed.data.fixed} SAFE fixes applied; ${fixed.messages.length} findings left for a person):\n`)
console.log(String(fixed))
