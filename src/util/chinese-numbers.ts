import nzh from 'nzh/cn'

/** Chinese numeral characters: digits, 两 and 〇, and the place values up to 亿. */
export const chineseNumeralCharacters = '零〇一二两三四五六七八九十百千万亿'

const digitValues: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** The value of a single Chinese digit character (两 and 〇 included), or `undefined`. */
export function chineseDigitValue(character: string): number | undefined {
  return digitValues[character]
}

/**
 * Full-width digits, percent sign and full stop made ASCII, one character
 * for one so that offsets into the text stay valid.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９％．]/g, (character) => {
    if (character === '％') return '%'
    if (character === '．') return '.'
    return String.fromCharCode(character.charCodeAt(0) - 0xfee0)
  })
}

/**
 * The value of a run of Chinese numerals (`一万六千` → 16000, `三百一十五点一`
 * → 315.1, `两千` → 2000). A run of bare digits with no place value
 * (`二〇二一`, `一二九`) is read digit by digit, as years are written.
 * Two bare digits without a zero (`一一`) are no number. `undefined` when
 * the run is not a number.
 */
export function chineseNumberValue(run: string): number | undefined {
  if (run.length === 0) return undefined
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(run)) {
    // Two bare digits are a number only with a zero (二〇); 一一 in 唯一一次 is two words.
    if (run.length === 2 && !/[零〇]/.test(run)) return undefined
    return Number([...run].map((character) => digitValues[character]).join(''))
  }
  // nzh reads 二 but not 两, and 〇 only as 零.
  const value = Number(nzh.decodeS(run.replace(/两/g, '二').replace(/〇/g, '零')))
  return Number.isFinite(value) && (value > 0 || /^[零〇]$/.test(run)) ? value : undefined
}

/**
 * The values a run of Chinese numerals stands for, reading two neighbouring
 * digits counting up as a range (`三四` → 3 or 4, `一万六七千` → 16000 or
 * 17000, `十五六` → 15 or 16); a single value otherwise.
 */
export function chineseNumberValues(run: string): number[] {
  const characters = [...run]
  for (let index = 0; index + 1 < characters.length; index++) {
    const low = digitValues[characters[index]!]
    const high = digitValues[characters[index + 1]!]
    if (low === undefined || high === undefined || low === 0 || high !== low + 1) continue
    // 二〇二三 and the like are digit strings, not ranges.
    if (/^[零〇一二两三四五六七八九]{3,}$/.test(run)) break
    const withLow = characters.filter((_, position) => position !== index + 1).join('')
    const withHigh = characters.filter((_, position) => position !== index).join('')
    return [chineseNumberValue(withLow), chineseNumberValue(withHigh)].filter((value): value is number => value !== undefined)
  }
  const value = chineseNumberValue(run)
  return value === undefined ? [] : [value]
}
