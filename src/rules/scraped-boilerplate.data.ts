// Page furniture that machine translation of a scraped news page carries
// into the text: comment forms, source and editor lines, font-size switches,
// share buttons, and the site names appended to headlines. Collected from the
// WMT23 zh→en news outputs (hunan_ribao, chinanews) and WordPress comment forms.

/**
 * Pieces a furniture paragraph is made of, as regular expression sources
 * (matched case-insensitively, anchored where the previous piece ended). A
 * paragraph is furniture when it consists of these pieces alone.
 * Each piece is bounded, so a match never backtracks far.
 */
export const furniturePieces: readonly string[] = [
  // WordPress comment form
  String.raw`Leave a (?:Reply|Comment)`,
  String.raw`Your email address will not be published\.?`,
  String.raw`Required fields are marked \*`,
  String.raw`Cancel reply`,
  // Source and editor lines: "[Source: Xinhua News Agency] [Editor: Li Xufeng]"
  String.raw`[\[【]\s{0,3}(?:(?:Source|Editor|Responsible editor|Editor in charge|Author|Reporter|Correspondent|Proofreader|Photographer|Reviewer)\s{0,3}[:：]|(?:Edited|Written|Reviewed) by\b)[^\[\]【】]{0,80}[\]】]`,
  String.raw`(?:Source|Editor|Responsible editor|Editor in charge|Proofreader|Reviewer)\s{0,3}[:：]\s{0,3}(?:(?!Font|Share|Print|Source|Editor)[^\s\[\]【】|:：]{1,40}(?=[\s\[【|]|$)\s{0,3}){1,5}`,
  // Font-size switch: "Font: 【Large Medium Small】"
  String.raw`(?:Font(?: size)?\s{0,3}[:：]?\s{0,3})?[\[【(（]?\s{0,3}(?:Large|Big)[\s,]{1,3}(?:(?:and\s{1,3})?(?:Medium|Middle)[\s,]{1,3})?(?:and\s{1,3})?Small\s{0,3}[\]】)）]?`,
  // The page's time stamp: "2023-02-11 13:07:20", "February 11, 2023, 13:07:20"
  String.raw`\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?`,
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4},?\s{1,3}\d{1,2}:\d{2}(?::\d{2})?`,
  // Buttons
  String.raw`Share (?:to|on|with) (?:WeChat|Weibo|QQ|Qzone|Facebook|Twitter|friends|Moments)(?: (?:friends|Moments))?`,
  String.raw`Print(?: this (?:page|article))?`,
  String.raw`Close(?: (?:the )?window)?`,
  String.raw`Back to top`,
  String.raw`Return to (?:the )?(?:home ?page|top)`,
  String.raw`(?:Related (?:news|articles|reading)|Recommended reading|Hot (?:news|articles))\s{0,3}[:：]?`,
  String.raw`(?:Copyright\s{0,3})?©[^\n]{0,80}`,
  String.raw`All rights reserved\.?`
]

/**
 * Names of sites and channels that follow a headline after a dash
 * ("… - Rolling News - Hunan Daily Network - Huasheng Online"), in the
 * renderings machine translation and human translators give them.
 */
export const siteNames: readonly string[] = [
  'Xinhua',
  'Xinhuanet',
  'Xinhua Net',
  'Xinhua News',
  'Xinhua News Agency',
  'Xinhua Network',
  'China News',
  'China News Network',
  'China News Service',
  'China News Net',
  'Chinanews',
  'Chinanews.com',
  'ECNS',
  'Ecns.cn',
  "People's Daily",
  "People's Daily Online",
  "People's Network",
  'People.cn',
  'CCTV',
  'CCTV News',
  'CCTV.com',
  'China Daily',
  'Global Times',
  'Guangming Online',
  'Guangming Net',
  'China.com.cn',
  'China Net',
  'Hunan Daily',
  'Hunan Daily Network',
  'Hunan Daily Online',
  'Huasheng Online',
  'Rolling News',
  'Scrolling News',
  '新华网',
  '中新网',
  '人民网',
  '央视网',
  '华声在线'
]
