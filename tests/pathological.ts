/**
 * Inputs that make naive linters slow, each built to about `size` characters:
 * the shapes a scraped or broken machine translation really takes.
 */
export const pathological: Record<string, (size: number) => string> = {
  'a paragraph with no full stop': (size) => fill('the Party shall comprehensively carry forward the spirit of the new era and ', size),
  'quotes': (size) => fill('"', size),
  'mixed quotes with words': (size) => fill('“a” "b ‘c’ \'d「e』《f ', size),
  'list markers in one paragraph': (size) => fill('① first （一）second 一、third Two to 1. five (2) Second, ', size),
  'list markers on lines': (size) => fill('（一）Two to strengthen the Party.\n', size),
  'one repeated word': (size) => fill('the ', size),
  // A line of page fields that never ends, and one that starts like a site name.
  'a long line of furniture fields': (size) => `${fill('Views: 1 ', size / 2)}Source: ${fill('word ', size / 2)}`,
  'a long line that starts like a site name': (size) => `Lanxi ${fill('Network ', size)}`,
  // A sentence that ends as the next one starts, over and over.
  'sentence ends repeated as sentences': (size) => {
    const long = fill('a b ', size / 3).trim()
    return `${long}. ${long}. x ${long}.`
  },
  'deeply nested quotes': (size) => {
    const depth = Math.floor(size / 4)
    return '“‘'.repeat(depth / 2) + 'word' + '’”'.repeat(depth / 2)
  },
  'one long token': (size) => fill('w.', size),
  'a run of spaces and tabs': (size) => fill(' \t', size) + 'x',
  'a run of full-width marks': (size) => fill('\u3000，', size) + 'x',
  'Chinese without spaces': (size) => fill('中国共产党新时代', size),
  'capitalised words': (size) => fill('Party Building Central Committee ', size)
}

function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size)
}
