import {randomBytes} from 'node:crypto'
import {closeSync, constants, openSync, rmSync} from 'node:fs'
import {access, chmod, chown, open, realpath, rename, rm, stat} from 'node:fs/promises'
import {constants as osConstants} from 'node:os'
import path from 'node:path'

const {signals} = osConstants

/**
 * Replace a file's content so that readers see the old text or the new, never
 * half of it: write a temporary file beside it, flush it to disk, then rename
 * it over the file. The file's permissions (and, for root, its owner) are
 * kept; a symbolic link keeps pointing at the updated target. Throws (leaving
 * the file as it was, and no temporary file) when it cannot be written.
 * With `create`, a file that does not exist yet is created the same way.
 */
export async function writeAtomic(filePath: string, text: string, options: {create?: boolean} = {}): Promise<void> {
  const existing = await existingTarget(filePath, options.create ?? false)
  const target = existing?.target ?? path.resolve(filePath)
  // A new file (`create`) gets the usual mode of a file nobody has set one for.
  const {mode, uid, gid} = existing?.stats ?? {mode: 0o644, uid: 0, gid: 0}
  // Renaming over a read-only file would succeed, even for root, who passes
  // every `access` check: respect the protection instead.
  if ((mode & 0o222) === 0) throw readOnly(target)
  if (existing) await access(target, constants.W_OK)

  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  removeOnInterrupt()
  // The temporary file is created here, synchronously, and noted at once, so
  // an interrupt (handled on this thread) always knows every file it must
  // remove; an asynchronous create could land after the removal. The later
  // open cannot create it again.
  closeSync(openSync(temporary, 'wx', 0o600))
  pending.add(temporary)
  try {
    const handle = await open(temporary, 'r+')
    try {
      await handle.writeFile(text)
      // A crash after the rename must not leave an empty or partial file.
      await handle.datasync().catch(ignoreUnsupported)
    } finally {
      await handle.close()
    }
    // `open` applies the umask: set the original mode exactly.
    await chmod(temporary, mode & 0o7777)
    if (process.getuid?.() === 0 && (uid !== 0 || gid !== 0)) await chown(temporary, uid, gid)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  } finally {
    pending.delete(temporary)
  }
}

// The file a path leads to, and its state; `undefined` when it does not exist yet and may be created.
async function existingTarget(filePath: string, create: boolean): Promise<{target: string; stats: {mode: number; uid: number; gid: number}} | undefined> {
  try {
    const target = await realpath(filePath)
    return {target, stats: await stat(target)}
  } catch (error) {
    if (create && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

// Some file systems cannot flush on request; the rename is still atomic there.
function ignoreUnsupported(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EINVAL' && error.code !== 'ENOTSUP') throw error
}

function readOnly(target: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`read-only file \`${target}\``)
  error.code = 'EACCES'
  return error
}

// Temporary files being written now, removed if the run is interrupted.
const pending = new Set<string>()
let guarded = false

/**
 * On Ctrl-C, `kill` or a hang-up, remove the temporary files being written,
 * then let the signal end the process as it would have: every file is left
 * either as it was or fully fixed. (Nothing can clean up after `kill -9`; the
 * file itself is still whole, since only a complete temporary file is renamed.)
 */
function removeOnInterrupt(): void {
  if (guarded) return
  guarded = true
  process.once('exit', removePending)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, function () {
      removePending()
      // This handler is gone now: the signal again does what it does by default.
      try {
        process.kill(process.pid, signal)
      } catch {
        process.exit(128 + signals[signal])
      }
    })
  }
}

function removePending(): void {
  for (const temporary of pending) rmSync(temporary, {force: true})
  pending.clear()
}
