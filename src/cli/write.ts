import {randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import {access, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * Replace a file's content so that readers see the old text or the new, never
 * half of it: write a temporary file beside it, then rename it over the file.
 * The file's permissions are kept; a symbolic link keeps pointing at the
 * updated target. Throws (leaving the file as it was) when it cannot be written.
 */
export async function writeAtomic(filePath: string, text: string): Promise<void> {
  const target = await realpath(filePath)
  // Renaming over a read-only file would succeed; respect the protection instead.
  await access(target, constants.W_OK)
  const {mode} = await stat(target)
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  try {
    await writeFile(temporary, text, {flag: 'wx', mode})
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
