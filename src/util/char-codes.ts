// Character tests on UTF-16 code units, for the scans that decide whether a
// paragraph needs a rule's full check: they must agree exactly with the
// regular-expression classes the full checks use.

/** `\s` of a regular expression (what `String.prototype.trim` removes). */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** `[A-Za-z]`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** `[0-9]`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Where the run of ASCII letters starting at `start` ends. */
export function asciiLettersEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++
  return end
}
