import type {Stats} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'

/** Why a file is not checked, or `undefined` when its text can be checked. */
export type SkipReason = string | undefined

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decide whether the text the engine read is a UTF-8 document. The engine
 * decodes leniently, so a NUL or a replacement character is a hint to look at
 * the bytes: `rawBytes` reads them (the file again, or the captured stdin).
 */
export async function skipReason(text: string, rawBytes: () => Promise<Uint8Array | undefined>): Promise<SkipReason> {
  const hasNul = text.includes('\0')
  if (!hasNul && !text.includes('\uFFFD')) return undefined
  const bytes = await rawBytes()
  if (bytes && startsWithUtf16Mark(bytes)) return 'UTF-16 text, expected UTF-8'
  if (hasNul) return 'binary file'
  if (!bytes) return undefined
  try {
    strictUtf8.decode(bytes)
    // A real U+FFFD in valid UTF-8: the text is what the author wrote.
    return undefined
  } catch {
    return 'not UTF-8 text'
  }
}

function startsWithUtf16Mark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

/** Read a file's bytes, or `undefined` when it cannot be read again. */
export async function readBytes(filePath: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(filePath)
  } catch {
    return undefined
  }
}

/**
 * Mark the paths given on the command line that name neither a file nor a
 * folder — a named pipe, a socket, a device — as files that cannot be read:
 * reading a named pipe waits for a writer that may never come. Each becomes a
 * VFile with a fatal message, which the engine passes over without reading;
 * other paths (files, folders, globs, missing paths) are returned as given.
 */
export async function markSpecialFiles(paths: readonly string[], cwd: string): Promise<Array<string | VFile>> {
  return Promise.all(
    paths.map(async function (given) {
      let kind: string | undefined
      try {
        kind = specialKind(await stat(path.resolve(cwd, given)))
      } catch {
        // A glob, or a path the engine reports as missing or unreadable itself.
      }
      if (!kind) return given
      // Absolute: the engine makes a given file's path relative to its own folder.
      const file = new VFile({path: path.resolve(cwd, given), cwd})
      // Like the engine's own read errors: a file problem, not a finding of a rule.
      const message = file.message(`Cannot read \`${given}\`: ${kind}`)
      message.fatal = true
      return file
    })
  )
}

/** What a path is when it is neither a file nor a folder (`it is a named pipe, not a file`), else `undefined`. */
export function specialKind(stats: Stats): string | undefined {
  if (stats.isFile() || stats.isDirectory()) return undefined
  if (stats.isFIFO()) return 'it is a named pipe, not a file'
  if (stats.isSocket()) return 'it is a socket, not a file'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a file'
  return 'not a regular file'
}
