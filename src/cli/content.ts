import {readFile} from 'node:fs/promises'

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
