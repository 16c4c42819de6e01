const known: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links'
}

/** A one-line description of a file-system error, such as `permission denied (EACCES)`. */
export function describeFileError(error: unknown): string {
  const {code, syscall} = (error ?? {}) as NodeJS.ErrnoException
  if (code && known[code]) return `${known[code]} (${code})`
  // A system error's message ends with the absolute path: name the call instead.
  if (code && syscall) return `${syscall} failed (${code})`
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n', 1)[0] ?? message
}
