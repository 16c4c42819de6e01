// gettext-parser ships no types: the part of its API this package uses.
declare module 'gettext-parser' {
  interface PoEntry {
    msgid: string
    msgctxt?: string
    msgid_plural?: string
    msgstr: string[]
  }
  interface PoData {
    charset: string
    headers: Record<string, string>
    translations: Record<string, Record<string, PoEntry>>
  }
  const gettextParser: {
    po: {parse(input: string | Uint8Array, options?: {defaultCharset?: string; validation?: boolean}): PoData}
  }
  export default gettextParser
}
