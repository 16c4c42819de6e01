// Tables of `number-parity`: what follows a Chinese numeral when it counts
// something, the English number words, and the numbered names whose figure is
// part of a name rather than a count.

/**
 * Words after a Chinese numeral that make it a count or a measure (三个,
 * 五名, 十年, 两国). A numeral before anything else is left alone: 一 and 十
 * stand inside common words (一起, 统一, 十分 "very"), and numerals inside
 * place names (四川, 三亚) are no figures. Longest first.
 */
export const countWords = [
  '个月', '小时', '分钟', '公里', '公斤', '公顷', '平方', '立方', '千克', '千米', '美元', '季度', '世纪', '周年', '方面', '百分点',
  '个', '名', '人', '位', '家', '次', '项', '条', '种', '件', '台', '辆', '架', '艘', '座', '所', '只', '头', '批', '轮', '届',
  '场', '天', '周', '年', '岁', '元', '块', '吨', '米', '斤', '亩', '户', '倍', '成', '省', '市', '县', '村', '支', '份', '张',
  '本', '部', '篇', '首', '类', '大', '秒', '月', '日', '号', '层', '级', '度', '枚', '颗', '株', '棵', '间', '套', '组', '队',
  '强', '起', '例', '处', '栋', '国', '代', '点', '时', '克', '升', '步', '下', '遍', '回', '趟', '笔', '款', '票', '里'
]

/**
 * Measure words of time, money, size and rate: after 两 they make a figure
 * English keeps (两年 "two years", 两倍 "twice"), where 两 of people and things
 * is as often "both" or "they".
 */
export const measureWords = [
  '年', '个月', '月', '天', '日', '小时', '分钟', '秒', '周', '岁', '倍', '元', '块', '美元', '吨', '公里', '米', '千米',
  '公斤', '千克', '斤', '亩', '公顷', '平方', '立方', '克', '升', '成', '百分点', '周年', '世纪', '季度'
]

/** English number words up to nineteen, and the tens. */
export const englishUnits: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90
}

/** English scale words, after a figure or a number word (`31.51 billion`, `three million`). */
export const englishScales: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12
}

/** English ordinal words up to the twentieth, and the tens. */
export const englishOrdinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000
}

/**
 * Words that carry a figure without being a number word: the values they can
 * stand for (`half` is ½ and 50%, `twice` is 两倍, `both` is 两个).
 */
export const englishFigureWords: Record<string, number[]> = {
  half: [0.5, 50], halved: [0.5, 50], quarter: [0.25, 25, 4], quarters: [0.75, 75],
  dozen: [12], once: [1], twice: [2], thrice: [3], double: [2], doubled: [2], doubling: [2], both: [2], pair: [2],
  couple: [2], twin: [2], dual: [2], triple: [3], tripled: [3], trio: [3], decade: [10], century: [100],
  centenary: [100], centennial: [100], bicentenary: [200], primary: [1], secondary: [2], tertiary: [3],
  noon: [12], midday: [12], midnight: [0, 24], clock: [24]
}

/** English weekday names: news English gives a day of the month as its weekday ("on Wednesday" for 23日). */
export const englishWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** English month names and their usual abbreviations, by month number. */
export const englishMonths: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12
}

/** A name or slogan of the source with a number in it, and how English writes it. */
export interface NumberedName {
  /** The Chinese name, as it stands in the source. */
  source: string
  /** The figures of the name: any of them in the target, in any form, will do; none for a name that is never checked. */
  numbers: number[]
  /** Its usual English names (matched ignoring case); any of them will do too. */
  english: string[]
}

/**
 * Numbered names of Chinese politics and economics: the figure belongs to the
 * name, and the English may keep it as a number, an ordinal or not at all.
 * Source: the official English renderings (Xinhua, China Daily, the
 * Government Work Report).
 */
export const numberedNames: NumberedName[] = [
  {source: '十四五', numbers: [14], english: ['Five-Year Plan', '2021-2025', '2021 to 2025']},
  {source: '十三五', numbers: [13], english: ['Five-Year Plan', '2016-2020', '2016 to 2020']},
  {source: '十二五', numbers: [12], english: ['Five-Year Plan', '2011-2015', '2011 to 2015']},
  {source: '十五五', numbers: [15], english: ['Five-Year Plan', '2026-2030', '2026 to 2030']},
  {source: '两会', numbers: [2], english: ['the two sessions', 'NPC', 'CPPCC', "People's Congress", 'sessions']},
  {source: '一带一路', numbers: [], english: ['Belt and Road', 'BRI', 'Silk Road']},
  {source: '三农', numbers: [3], english: ['agriculture, rural areas and rural', 'agriculture, rural areas and farmers', 'rural issues', 'rural affairs']},
  {source: '两岸', numbers: [2], english: ['cross-strait', 'cross-Straits', 'Taiwan', 'mainland']},
  {source: '一国两制', numbers: [], english: ['One Country, Two Systems']},
  {source: '双循环', numbers: [2], english: ['dual circulation', 'circulations']},
  {source: '双十一', numbers: [11], english: ["Singles' Day", 'Singles Day', 'Double Eleven']},
  {source: '双11', numbers: [11], english: ["Singles' Day", 'Singles Day', 'Double Eleven']},
  {source: '双减', numbers: [2], english: ['double reduction', 'burden']},
  {source: '两个维护', numbers: [2], english: ['Two Upholds']},
  {source: '两个确立', numbers: [2], english: ['Two Establishes']},
  {source: '四个全面', numbers: [4], english: ['Four-pronged Comprehensive Strategy']},
  {source: '五位一体', numbers: [5], english: ['Five-sphere Integrated Plan']},
  {source: '两个一百年', numbers: [2, 100], english: ['centenary goals']}
]
