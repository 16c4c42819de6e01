// Tables of `name-variant`, written for the rule from the Hanyu Pinyin
// syllable system and standard reference lists: the common single-character
// surnames of the Ministry of Public Security's surname counts (and the
// common two-character ones), readings of characters that have two (乐
// le/yue, 调 diao/tiao, …) as listed in the Xinhua Dictionary, and pairs of
// real place names that differ by one sound (锦州 Jinzhou, 荆州 Jingzhou).

/** Pinyin surnames, lowercase. */
export const surnames: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma',
  'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han',
  'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'yu', 'jiang',
  'cai', 'jia', 'ding', 'wei', 'xue', 'ye', 'yan', 'lu', 'du', 'dai', 'xia', 'zhong', 'fu', 'shen',
  'ren', 'yao', 'jin', 'cui', 'qiu', 'qin', 'shi', 'gu', 'hou', 'shao', 'meng', 'long', 'wan',
  'duan', 'lei', 'qian', 'yin', 'yi', 'chang', 'qiao', 'lai', 'gong', 'wen', 'pang', 'fan', 'lan',
  'tao', 'hong', 'zhai', 'an', 'ni', 'niu', 'ge', 'xing', 'mo', 'kong', 'xiang', 'chai', 'zou',
  'shu', 'ou', 'bai', 'mao', 'geng', 'ji', 'bao', 'fang', 'kang', 'mu', 'shan', 'qi', 'zuo',
  'cheng', 'hao', 'bi', 'pu', 'zhuo', 'shang', 'tan', 'gan', 'miao', 'rao', 'che', 'bian', 'mi',
  'lou', 'lian', 'sang', 'liao', 'gou', 'zhan', 'tong', 'ruan', 'ling', 'jiao', 'chu', 'guan',
  'nie', 'yue', 'le', 'ke', 'zang', 'ba', 'hua', 'ning', 'rong', 'sui', 'she', 'quan', 'lang',
  'wen', 'huo', 'xin', 'ai', 'zong', 'bo', 'mei', 'luan', 'yun', 'pei', 'qu', 'zhen', 'tu',
  'xiong', 'kou', 'cong', 'zhuang', 'mou', 'bu', 'fei', 'sheng', 'xi', 'weng', 'gui', 'qiang', 'teng',
  'jian', 'dou', 'ao', 'leng', 'kuang',
  'ouyang', 'sima', 'zhuge', 'situ', 'shangguan', 'huangfu', 'dongfang', 'murong'
])

/**
 * Pairs of readings of one character ("Leqing" for 乐清 Yueqing,
 * "Tiaobingshan" for 调兵山 Diaobingshan): a name written with both is one
 * name misread. Only characters whose second reading is mostly heard in
 * names; pairs of readings that are both common syllables of other names
 * (降 jiang/xiang: Jiangxi and Xiangxi are two places) are left out.
 */
export const polyphones: ReadonlyArray<readonly [string, string]> = [
  ['le', 'yue'], ['diao', 'tiao'], ['sha', 'xia'], ['bang', 'beng'], ['hui', 'kuai'], ['piao', 'pu'],
  ['ou', 'qu'], ['qin', 'tan'], ['chou', 'qiu'], ['cang', 'zang'], ['ceng', 'zeng'], ['di', 'zhai'],
  ['dan', 'shan'], ['fan', 'pan'], ['che', 'ju'], ['can', 'shen'], ['gui', 'jun'], ['guo', 'wo']
]

/** Real places (or people) whose names differ by one sound, lowercase, in pairs. */
export const distinctPairs: ReadonlyArray<readonly [string, string]> = [
  ['jinzhou', 'jingzhou'], ['qinyang', 'qingyang'], ['xinyang', 'xingyang'], ['jinjiang', 'jingjiang'],
  ['yancheng', 'yangcheng'], ['danyang', 'dangyang'], ['cangzhou', 'changzhou'],
  ['tongchuan', 'dongchuan'], ['dongxiang', 'tongxiang'], ['shanxi', 'shaanxi'], ['hunan', 'henan'],
  ['hubei', 'hebei'], ['jinan', 'jiangnan'], ['xining', 'xinning'], ['lanzhou', 'langzhou'],
  ['longnan', 'longan'], ['anshan', 'anshun'], ['dingxi', 'dingxing'], ['tianshui', 'dianshui'],
  ['changning', 'changling'], ['dengzhou', 'tengzhou'], ['zhangjiang', 'zhanjiang'],
  ['jiangxi', 'xiangxi']
]

/**
 * English words of Chinese place-based names that are written two ways
 * ("Hi-tech Zone" and "High-tech Zone", "Centre" and "Center"), as
 * `[variant, standard]`, lowercase. From the English names of development
 * zones and public bodies on Chinese government sites, and the British and
 * American spellings of the same words.
 */
export const englishVariants: ReadonlyArray<readonly [string, string]> = [
  ['hi-tech', 'high-tech'], ['hitech', 'high-tech'], ['hi-new', 'high-new'], ['centre', 'center'],
  ['theatre', 'theater'], ['programme', 'program'], ['harbour', 'harbor'], ['labour', 'labor'],
  ['defence', 'defense'], ['organisation', 'organization']
]

/**
 * Verbs of a meeting readout that follow an official named bare after being
 * introduced with a title ("Gao Jian stressed that…", "Gao Jian asked…"),
 * from the usual English of Chinese government news.
 */
export const readoutVerbs: ReadonlySet<string> = new Set([
  'stressed', 'emphasized', 'emphasised', 'pointed', 'said', 'says', 'requested', 'demanded',
  'asked', 'required', 'called', 'urged', 'noted', 'added', 'hoped', 'proposed', 'put', 'made',
  'presided', 'chaired', 'delivered', 'concluded', 'affirmed', 'instructed', 'insisted', 'expressed',
  'underlined', 'stated', 'encouraged', 'spoke', 'reviewed', 'summarized', 'summarised', 'fully',
  'also', 'further', 'finally', 'first', 'then', 'once', 'particularly', 'specially', 'clearly'
])
