/** A one-line description of a file-system error, such as `permission denied (EACCES)`. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file',
    EISDIR: 'it is a folder, not a file',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EMFILE: 'too many open files',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links'
  }
  if (code && known[code]) return `${known[code]} (${code})`
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n', 1)[0] ?? message
}
