// Stands in for gettext-parser in the browser build: it needs Node's streams,
// and the playground checks text, Markdown and HTML, never a PO file.
export default {
  po: {
    parse(): never {
      throw new Error('PO files are read by the library in Node and by the command line, not in the browser')
    }
  }
}
