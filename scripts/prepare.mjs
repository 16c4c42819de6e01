// The `prepare` script: builds `dist/` on `npm install`, `npm ci`, `npm pack`
// and installs from a git URL, but not for `npx officialese` in a checkout.
// npx installs the checkout into its own cache the first time it runs one of
// its commands, which runs `prepare` with its output hidden: a silent rebuild
// of a `dist/` that `npm ci` has just built. There the built command is run
// as it is; only a checkout without one is built.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import process from 'node:process'

if (process.env.npm_command === 'exec' && existsSync('dist/cli.js')) process.exit(0)

// npm puts node_modules/.bin on the PATH of its scripts; the shell finds `tsup.cmd` on Windows.
const build = spawnSync('tsup', {stdio: 'inherit', shell: true})
process.exit(build.status ?? 1)
