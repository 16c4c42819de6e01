// Page furniture that machine translation of a scraped news page carries
// into the text: comment forms, source and editor lines, font-size switches,
// share buttons, breadcrumb trails, and the site names appended to headlines.
// Collected from the WMT23 zh→en news outputs (hunan_ribao, chinanews),
// WordPress comment forms, and the fields that the content management systems
// of Chinese county and city government sites print around an article
// (来源, 作者, 责任编辑, 发布时间, 浏览次数, 字体：大 中 小, 打印 | 关闭, 首页 > 栏目).

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
  // Font-size switch: "Font: 【Large Medium Small】"
  String.raw`[(（]?\s{0,3}(?:Large|Big)[\s,]{1,3}(?:(?:and\s{1,3})?(?:Medium|Middle)[\s,]{1,3})?(?:and\s{1,3})?Small\s{0,3}[)）]?`,
  // The page's time stamp: "2023-02-11 13:07:20", "February 11, 2023, 13:07:20"
  String.raw`\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?`,
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4},?\s{1,3}\d{1,2}:\d{2}(?::\d{2})?`,
  // Buttons
  String.raw`Share (?:to|on|with) (?:WeChat|Weibo|QQ|Qzone|Facebook|Twitter|friends|Moments)(?: (?:friends|Moments))?`,
  String.raw`Print(?: this (?:page|article))?`,
  String.raw`Close(?: (?:(?:this|the) )?(?:window|page))?`,
  String.raw`Online (?:consultation|consulting|service|interview|message board)`,
  String.raw`Leave (?:a|your) message`,
  String.raw`Add to (?:favorites|favourites|bookmarks)`,
  String.raw`Back to top`,
  String.raw`Return to (?:the )?(?:home ?page|top)`,
  String.raw`(?:Related (?:news|articles|reading)|Recommended reading|Hot (?:news|articles))\s{0,3}[:：]?`,
  String.raw`(?:Copyright\s{0,3})?©[^\n]{0,80}`,
  String.raw`All rights reserved\.?`
]

/**
 * Labels of fields that credit where the text comes from or who made it, as
 * regular expression sources followed by a colon: "Source: Xinhua", "author:
 * Wang Lu Pingyuan County Financial Media Center". Removing such a line may
 * remove the only credit to a quoted source, so it is never removed unattended.
 * The forms are the machine translations of 来源, 作者, 记者, 通讯员, 摄影
 * and 供稿 seen on county and city government pages.
 */
export const creditLabels: readonly string[] = [
  String.raw`(?:Information |Article |News |Image |Picture |Photo |Manuscript )?Source`,
  String.raw`Authors?`,
  String.raw`Reporters?`,
  String.raw`Correspondents?`,
  String.raw`Photographers?`,
  String.raw`Photo(?:s|graphy)? by`,
  String.raw`Contributors?`,
  String.raw`Contributed by`
]

/**
 * Labels of the contact a notice gives its readers (联系人, 联系电话,
 * 联系方式): furniture of the page, but maybe the only way to reach the office.
 */
export const contactLabels: readonly string[] = [String.raw`Contact(?: (?:person|phone|number|telephone|information|details))?`]

/**
 * Labels of the page's own fields, followed by a colon: its editors and
 * reviewers (责任编辑, 编辑, 审核, 校对, 三审), its time stamp (发布时间, 发布日期,
 * 时间), its counters (浏览次数, 点击数, 阅读量), its font-size and share
 * switches, and its tags and links to other articles.
 */
export const pageLabels: readonly string[] = [
  String.raw`(?:Responsible |Executive |Chief |Duty |Network |Web )?Editors?(?: in charge|-in-charge| on duty)?`,
  String.raw`Proofread(?:er|ing)?`,
  String.raw`Review(?:er|ed by)?`,
  String.raw`(?:First|Second|Third|Final) (?:review(?:er)?|trial|instance)`,
  String.raw`Typesetting`,
  String.raw`Publish ?date`,
  String.raw`Publish(?:ed|ing)?(?: (?:time|date|on))?`,
  String.raw`(?:Release|Publication) (?:time|date)`,
  String.raw`Date of (?:release|publication|issue)`,
  String.raw`Released(?: on)?`,
  String.raw`Posted(?: (?:on|at|time))?`,
  String.raw`Post(?:ing)? (?:time|date)`,
  String.raw`Update(?:d|d on| time| date)?`,
  String.raw`Issue date`,
  String.raw`(?:Page )?(?:Views?|Clicks?|Hits?|Visits?|Reads)`,
  String.raw`(?:Number of |Total )?(?:views|visits|clicks|readings|reads|browses)`,
  String.raw`Reading (?:volume|count)`,
  String.raw`Brows(?:es?|ing)(?: (?:count|times|volume))?`,
  String.raw`(?:Font|Text|Word)(?: size)?`,
  String.raw`Share(?: (?:to|on|with))?`,
  String.raw`Keywords?`,
  String.raw`Tags?`,
  String.raw`(?:Previous|Next) (?:article|page|post|item|one)`
]

/**
 * Labels as bare as "Date:" and "Time:", which a notice also uses for its
 * event ("Time: 9:00 on March 10"): a field of the page only when its value
 * is a time stamp in figures ("Date: 2023-03-09", 日期, 时间).
 */
export const stampLabels: readonly string[] = ['Date', 'Time']

/**
 * Verbs of bylines written without a colon that credit the text
 * ("[Written by Zhang Wei]", "Photos by Li Na").
 */
export const creditBylines: readonly string[] = ['Written', 'Reported', 'Photographed', 'Photos?', 'Text', 'Compiled']
/** Verbs of bylines that name the page's own staff ("Edited by Li Yang"). */
export const pageBylines: readonly string[] = ['Edited', 'Reviewed', 'Proofread']

/**
 * Where a breadcrumb trail starts ("Home > Inspection Work > Inspection
 * Feedback", "Site name - Notices and announcements - …"): 首页, 当前位置,
 * 您现在的位置, 网站名称.
 */
export const trailRoots: readonly string[] = [
  'Home',
  'Homepage',
  'Home page',
  'Front page',
  'Site name',
  'Website name',
  'Site home',
  'Current location',
  'Current position',
  'Your location',
  'Your position',
  'Your current location',
  'You are here',
  'Location'
]

/**
 * Last words of a site or an outlet's name, which a trail may start with
 * ("Yueqing News Network", "Tongshan County People's Government Portal",
 * "Qiyang County Financial Media Center"): 网, 在线, 门户, 网站, 日报, 融媒体中心.
 */
export const outletEndings: readonly string[] = [
  'Network',
  'Net',
  'Online',
  'Portal',
  'Website',
  'Web',
  'Site',
  'Homepage',
  'Home page',
  'Daily',
  'Newspaper',
  'News Agency',
  'Media Center',
  'Media Centre',
  'Convergence Media',
  'Television',
  'TV',
  'Radio',
  'Radio Station',
  'TV Station'
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
