// Page furniture that machine translation of a scraped news page carries
// into the text: comment forms, source and editor lines, font-size switches,
// share buttons, breadcrumb trails, and the site names appended to headlines.
// Collected from the WMT23 zh→en news outputs (hunan_ribao, chinanews),
// WordPress comment forms, and the fields that the content management systems
// of Chinese county and city government sites print around an article
// (来源, 作者, 责任编辑, 发布时间, 浏览次数, 字体：大 中 小, 打印 | 关闭, 首页 > 栏目,
// 上一篇/下一篇, 分享到, 扫一扫在手机打开当前页, 相关阅读, and the footer's 主办单位,
// 地址, 电话, 网站标识码, ICP备案号, 版权所有), the fields of the government
// information disclosure catalogue (政府信息公开: 索引号, 分类, 发布机构, 发文日期,
// 文号, 主题词) and the site's masthead (<县>人民政府门户网站, <市>政协网 - 提案工作),
// in the renderings machine translation gives.

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
  String.raw`Share(?: (?:to|on|with))?`,
  // The buttons of a share bar (分享到：微信 | 微博 | QQ空间)
  String.raw`(?:WeChat|Weixin)(?: (?:Moments|friends|circle of friends))?`,
  String.raw`(?:Sina |Tencent )?Weibo`,
  String.raw`QQ(?: ?(?:Space|Zone|friends))?`,
  String.raw`Qzone|Douban|Facebook|Twitter|Moments|Circle of friends|Friends circle|DingTalk|Toutiao`,
  // QR codes (扫一扫在手机打开当前页, 扫码分享到微信, 手机扫码阅读): what is
  // scanned, with what, and what for, all from a closed vocabulary, so that
  // an instruction of a notice ("Scan the code to register") stays text.
  String.raw`(?:(?:Use|With) (?:your |a )?(?:mobile phone|cell phone|phone|WeChat) (?:to )?)?(?:Mobile phone )?Scan(?:ning)?(?: (?:it|this|(?:the |this )?(?:QR |two-dimensional )?code))?` +
    String.raw`(?: (?:with|on|using|via|by) (?:your |a )?(?:mobile phone|cell phone|phone|mobile|WeChat))?` +
    String.raw`(?: (?:to|and) (?:read|open|view|browse|share|follow|visit|watch|continue reading)(?: (?:it|this page|the (?:current )?page|this article|the article))?` +
    String.raw`(?: (?:to|on|in|with|via) (?:your |a |the )?(?:mobile phone|cell phone|phone|mobile|WeChat(?: Moments| friends)?|Moments|friends|circle of friends))?)?` +
    // 扫一扫分享： a label with its buttons gone
    String.raw`(?:\s{0,3}[:：])?`,
  String.raw`(?:Open|Read|View)(?: (?:this|the current) page)? on (?:your |a |the )?(?:mobile phone|phone|mobile)`,
  String.raw`Mobile (?:version|edition)|Mobile phone (?:version|edition)`,
  // Accessibility and large-print switches (无障碍, 长者模式, 关怀版)
  String.raw`Barrier-free(?: (?:browsing|reading|access))?|Accessibility|Elderly (?:mode|version)|Care (?:mode|version)`,
  String.raw`Print(?: this (?:page|article))?`,
  String.raw`Close(?: (?:(?:this|the) )?(?:window|page))?`,
  String.raw`Online (?:consultation|consulting|service|interview|message board)`,
  String.raw`Leave (?:a|your) message`,
  String.raw`Add to (?:favorites|favourites|bookmarks)|Favorites|Collect`,
  String.raw`(?:Back|Return)(?: to (?:the )?(?:home ?page|top|list|previous page))?`,
  String.raw`More\s{0,2}(?:>{1,3}|»)`,
  String.raw`(?:Related|Recommended|Hot|Latest|More|Extended|Popular) (?:news|articles?|reading|links?|information|posts|stories)\s{0,3}[:：]?`,
  // The page's counter without a label: "318 views", "Read 318 times"
  String.raw`(?:(?:Read|Viewed|Browsed|Visited|Clicked) )?(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9}) (?:times|views|reads|clicks|hits|visits)`,
  // The site's footer: copyright, ICP and public security filing numbers
  // (湘ICP备05001234号-1, 湘公网安备 43010202000123号)
  String.raw`(?:Copyright\s{0,3})?©[^\n]{0,80}`,
  String.raw`Copyright(?: \d{4}(?:-\d{4})?)?`,
  String.raw`All rights reserved\.?`,
  String.raw`(?:\p{Lu}\p{Ll}{1,8} ?)?ICP(?: (?:Bei|record|filing|license|registration|preparation|prepared))?(?: (?:No\.?|number))? ?[:：]? ?\d{6,10}(?: ?(?:No\.?|hao|号))?(?: ?-\d{1,3})?`,
  String.raw`\p{Script=Han}ICP[备證证]\d{6,10}号(?:-\d{1,3})?`,
  String.raw`(?:\p{Lu}\p{Ll}{1,8} ?)?(?:Gong ?wang ?an ?bei|Gong ?an ?bei|Public (?:network )?security(?: (?:network|record|filing|registration))?(?: (?:record|filing|registration))?)(?: (?:No\.?|number))? ?[:：]? ?\d{8,16}(?: ?(?:No\.?|hao|号))?`
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
  String.raw`Contributed by`,
  // 文：李娜
  'Text',
  // 发布者, 发布单位, 发布机构: who put the text out, unless it is the
  // system's account ("admin"), which credits no one.
  String.raw`Publisher`,
  String.raw`(?:Publishing|Release|Issuing|Publication) (?:unit|agency|organization|institution|department)`,
  String.raw`Issued by`,
  // 主办单位, 承办单位 of the site; but an event notice lists its sponsor
  // and organizer the same way.
  String.raw`Sponsor(?:ed by|ing unit)?`,
  String.raw`Host(?:ed by|ing unit)`,
  String.raw`Organiz(?:er|ed by)`,
  String.raw`Undertak(?:er|en by|ing unit)`
]

/**
 * Labels of the contact a notice gives its readers (联系人, 联系电话,
 * 联系方式): furniture of the page, but maybe the only way to reach the office.
 */
export const contactLabels: readonly string[] = [String.raw`Contact(?: (?:person|phone|number|telephone|information|details|address))?`]

/**
 * Labels of an address, a telephone, a postcode or a mailbox (地址, 电话, 邮编,
 * 邮箱, 传真): in the footer beside the site's name or its ICP number, but a
 * notice gives its hotline so too, so a line of them alone is not furniture.
 */
export const addressLabels: readonly string[] = [
  String.raw`(?:Mailing |Postal |Office )?Address`,
  String.raw`(?:(?:Consultation|Consulting|Complaint|Supervision|Reporting|Service|Contact|Office) )?(?:Tel(?:ephone)?|Phone|Hotline)(?: number)?`,
  String.raw`Fax`,
  String.raw`E-?mail|Mailbox`,
  String.raw`(?:Postcode|Post code|Zip code|Postal code|Zip)`
]

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
  String.raw`(?:Last )?Update(?:d|d on| time| date)?`,
  String.raw`Issu(?:e|ing) (?:date|time)`,
  String.raw`(?:Creat(?:ion|ed)|Generat(?:ion|ed)) (?:time|date)`,
  String.raw`Share(?: (?:to|on|with))?`,
  String.raw`Keywords?`,
  // The catalogue of government information disclosure (索引号, 分类, 主题分类,
  // 发文日期, 成文日期, 文号, 发文字号, 主题词)
  String.raw`Index (?:number|No\.?|code)`,
  String.raw`(?:Subject |Topic |Theme |Information )?(?:Classification|Category)`,
  String.raw`(?:Date of (?:writing|issuance|dispatch|formulation|document)|(?:Writing|Dispatch|Document|Issuance|Formulation) date)`,
  String.raw`(?:Document|File|Issuing|Dispatch|Issued) (?:number|No\.?|symbol|font size)`,
  String.raw`(?:Subject|Theme|Topic) (?:words?|terms?)`,
  // 相关新闻: the value is another article's title
  String.raw`(?:Related|Recommended|Extended) (?:news|articles?|reading|links?)`,
  String.raw`Tags?`,
  // 上一篇, 下一篇: the value is another article's title
  String.raw`(?:The )?(?:Previous|Prev|Last|Next)(?: (?:article|page|post|item|one|chapter|piece|news))?`,
  // The site's footer (网站标识码, 技术支持, 网站维护, 版权所有)
  String.raw`(?:Website |Site )?(?:identification|identity) code`,
  String.raw`Website code`,
  String.raw`ICP(?: (?:record|filing|registration|license))?(?: (?:No\.?|number))?`,
  String.raw`(?:Record|Filing|Registration) (?:No\.?|number)`,
  String.raw`Technical (?:support|maintenance)`,
  String.raw`(?:Website |Site )?Maint(?:enance|ained by)`,
  String.raw`Copyright(?: owner)?`
]

/**
 * Labels of the page's counters (浏览次数, 点击数, 阅读量, 人气): their value is
 * a count or nothing, so "Reading: <a book>" in a study plan is no counter.
 */
export const counterLabels: readonly string[] = [
  String.raw`(?:Page )?(?:Views?|Clicks?|Hits?|Visits?|Reads)`,
  String.raw`(?:Number of |Total )?(?:views|visits|clicks|readings|reads|browses|hits)`,
  String.raw`Reading(?: (?:volume|count|times|number))?`,
  String.raw`(?:Click|Visit|View)(?:ed| times| count| rate)`,
  String.raw`Popularity`,
  String.raw`Brows(?:es?|ing)(?: (?:count|times|volume|number))?`
]

/**
 * Labels of the font-size switch (字号, 字体：大 中 小): their value is a row
 * of size words or letters ("T | T", "A+ A A-"), read apart from other fields.
 */
export const fontLabels: readonly string[] = [String.raw`(?:Font|Word|Character)(?: size)?`, 'Text size']

/** The sizes of a font-size switch (大 中 小, 默认). */
export const fontSizes: readonly string[] = ['Large', 'Big', 'Medium', 'Middle', 'Small', 'Default', 'Standard', '大', '中', '小']

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
 * Last words of a site's name that its masthead ends in, over the headline
 * (门户网站, 信息公开平台, 专题, 专栏, 网): nothing but a site is named so.
 */
export const mastheadSiteEndings: readonly string[] = [
  'Portal',
  'Portal Website',
  'Network',
  'Net',
  'Website',
  'Web',
  'Online',
  'Platform',
  'Special Topic',
  'Topic',
  'Special Column',
  'Column',
  'Special Subject'
]

/**
 * Last words of the name of an institution whose site puts it over the
 * headline (中心, 学院, 党校, 开发区): the page's publisher, which a notice may
 * also print as its letterhead, so its removal is only suggested.
 */
export const mastheadOrganEndings: readonly string[] = ['Center', 'Centre', 'College', 'School', 'Academy', 'Zone', 'New Area', 'Park']

/**
 * Words of an administrative name that a masthead (<县>人民政府门户网站,
 * <市>政协网) holds and a headline in title case rarely does alone.
 */
export const mastheadPlaceWords: readonly string[] = [
  'County',
  'City',
  'Municipal',
  'Province',
  'Provincial',
  'District',
  'Autonomous',
  'Prefecture',
  'Town',
  'Township',
  'CPPCC',
  'Party',
  "People's",
  'Government',
  'Zone'
]

/**
 * Last words of the name of a column after the site's name in a masthead
 * ("<site> - Park News", "<site> - Proposal Work"): 新闻, 动态, 工作, 公告.
 */
export const columnEndings: readonly string[] = [
  'News',
  'Updates',
  'Dynamics',
  'Work',
  'Affairs',
  'Information',
  'Notices',
  'Announcements',
  'Disclosure',
  'Column',
  'Topics',
  'Policies',
  'Interpretation',
  'Services'
]

/**
 * Last words of the name of an office or an organisation that a footer line
 * names beside its address (办公室, 局, 委员会, 中心). Only a line made wholly of
 * furniture may hold one, and not with a date alone: "<office> 2023-01-05"
 * is as often the signature of a notice.
 */
export const organisationEndings: readonly string[] = [
  // 人民政府 also names the site in a page's title: "<headline>_<county> People's Government"
  'Government',
  'Office',
  'General Office',
  'Bureau',
  'Committee',
  'Commission',
  'Center',
  'Centre',
  'Department',
  'Administration',
  'Agency',
  'Station',
  'Institute',
  'Association',
  'Federation',
  'Court',
  'Procuratorate'
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
