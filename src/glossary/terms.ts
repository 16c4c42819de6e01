import type {GlossaryEntry} from './types.js'

// One concept, one rendering. `term-consistency` flags a variant only when the
// document also uses another form of the same concept, so a text written
// consistently in a variant is left to its author. Spelling variants are
// `safe`; another word for the concept is `suggest`.

// 市委, 省委, 县委, 区委, 乡党委, 镇党委: "the <level> Party committee" in
// Xinhua copy; "the <level> committee" drops the Party. The full name of one
// body ("the Beijing Municipal Committee of the CPC") is correct as it stands.
const committeeLevels = [
  ['municipal', '市委'],
  ['provincial', '省委'],
  ['county', '县委'],
  ['district', '区委'],
  ['township', '乡党委'],
  ['town', '镇党委']
] as const

function committeeEntries(level: string, chinese: string): GlossaryEntry[] {
  const source = `Xinhua: ${chinese} is "the ${level} Party committee"`
  return [
    {official: `${level} Party committee`, variants: [`${level} committee`], fix: 'suggest', source, except: [`${level} committee of the`]},
    {
      concept: `${level} Party committee`,
      official: `${level} Party committees`,
      variants: [`${level} committees`],
      fix: 'suggest',
      source,
      except: [`${level} committees of the`]
    }
  ]
}

// 巡视组, 巡察组, 巡察办: the bodies that make a Party inspection, whose
// names show that the document is about one.
const inspectionBodies = ['inspection group', 'inspection team', 'inspection tour', 'inspection office']

/** Terms read by `term-consistency`. */
export const terms: GlossaryEntry[] = [
  {
    official: 'grassroots',
    zh: '基层',
    variants: ['grass-roots', 'grass roots', 'grass-root'],
    fix: 'safe',
    source: 'Xinhua and China Daily: "grassroots Party organizations"'
  },
  {
    concept: 'grassroots',
    official: 'at the grassroots level',
    // only with "at the": "to the most basic level" is plain English
    variants: ['at the basic level'],
    fix: 'suggest',
    source: 'Xinhua: 基层 is "grassroots" or "primary-level"; "basic level" is a calque'
  },
  {
    official: 'Party building',
    zh: ['党建', '党的建设'],
    variants: ['party construction', 'construction of the party'],
    fix: 'suggest',
    source: 'Xinhua, Qiushi: 党的建设 / 党建 is "Party building"',
    noArticle: true,
    // 党组织建设 and the like: the building of a Party body, not Party building
    except: [
      'construction of the party organization',
      'construction of the party organizations',
      'construction of the party organisation',
      'construction of the party organisations',
      'construction of the party branch',
      'construction of the party branches',
      'construction of the party group',
      'construction of the party committee',
      'construction of the party members',
      'construction of the party school',
      'construction of the party style',
      'construction of the party and government'
    ]
  },
  ...committeeLevels.flatMap(([level, chinese]) => committeeEntries(level, chinese)),
  {
    official: 'theoretical study group',
    zh: '理论学习中心组',
    // Every "theory/theoretical learning/study center/centre/central group",
    // whole, so that a replacement never lands inside a longer rendering.
    variants: [
      ...['theory', 'theoretical'].flatMap((theory) =>
        ['learning', 'study'].flatMap((study) => ['center', 'centre', 'central'].map((centre) => `${theory} ${study} ${centre} group`))
      ),
      'central study group',
      'center group',
      'centre group',
      'central group'
    ],
    fix: 'suggest',
    source: 'Xinhua: 党委（党组）理论学习中心组 is the Party committee\'s "theoretical study group"'
  },
  {
    official: 'learning and education',
    variants: ['study and education'],
    fix: 'suggest',
    source: 'Xinhua, 2021: 党史学习教育 is the "Party history learning and education" campaign'
  },
  {
    official: 'inspection',
    zh: ['巡视', '巡察'],
    variants: ['patrol', 'circuit inspection', 'patrol inspection', 'tour inspection'],
    fix: 'suggest',
    source: 'Xinhua: 巡视 / 巡察 is "inspection" (central and provincial inspection groups, "inspection tours")',
    // only where a Party inspection is meant: police and border patrols are
    // patrols, an electrician's circuit inspection is one
    requires: inspectionBodies
  },
  {
    concept: 'inspection',
    official: 'inspections',
    zh: ['巡视', '巡察'],
    variants: ['circuit inspections', 'patrol inspections', 'tour inspections'],
    fix: 'suggest',
    source: 'Xinhua: 巡视 / 巡察 is "inspection" (central and provincial inspection groups, "inspection tours")',
    requires: inspectionBodies
  },
  {
    official: 'central environmental inspection',
    zh: ['中央生态环境保护督察', '中央环保督察'],
    variants: [
      'central environmental protection inspection',
      'central ecological environment protection inspection',
      'central ecological environmental protection inspection',
      'central ecological and environmental protection inspection',
      'central ecological environment protection supervision',
      'central ecological environmental protection supervision',
      'central environmental protection supervision',
      // 督察 read as a person; only with the calque "ecological environmental protection", never a person's title
      'central ecological environmental protection inspector',
      'central ecological environment protection inspector',
      'central ecological and environmental protection inspector'
    ],
    fix: 'suggest',
    source: 'Xinhua, China Daily: 中央生态环境保护督察 is the "central environmental inspection"'
  },
  {
    official: 'forest fire prevention',
    zh: '森林防火',
    variants: ['forest fire protection', 'forest fireproofing'],
    fix: 'suggest',
    source: 'Ministry of Emergency Management, Xinhua: 森林防火 is "forest fire prevention"'
  },
  {
    official: 'civilized city',
    variants: ['civilization city', 'civilisation city', 'civilised city'],
    fix: 'suggest',
    source: 'China Daily: 全国文明城市 is a "National Civilized City"'
  },
  {
    concept: 'civilized city',
    official: 'civilized cities',
    variants: ['civilization cities', 'civilisation cities', 'civilised cities'],
    fix: 'suggest',
    source: 'China Daily: 全国文明城市 is a "National Civilized City"'
  },
  {
    official: 'high-quality development',
    zh: '高质量发展',
    variants: ['high quality development'],
    fix: 'safe',
    source: 'Report to the 20th National Congress of the CPC: "high-quality development"'
  },
  {
    official: 'Belt and Road Initiative',
    variants: ['One Belt, One Road', 'One Belt One Road'],
    fix: 'suggest',
    source: 'National Development and Reform Commission, 2015: the official English name is "the Belt and Road Initiative"'
  },
  {
    official: 'COVID-19',
    zh: '新冠肺炎',
    variants: ['new crown pneumonia', 'novel coronavirus pneumonia', 'new coronary pneumonia'],
    fix: 'suggest',
    source: 'National Health Commission, 2020: 新冠肺炎 is "COVID-19"'
  },
  {
    official: 'mass line',
    zh: '群众路线',
    variants: ['mass route', 'masses line'],
    fix: 'suggest',
    source: 'Xinhua: "the Party\'s mass line" (群众路线)'
  }
  ,
  ...officialeseTerms()
]

// The terms of county, city and provincial pages that machine translation
// renders several ways. Each pair is one Chinese term, so a document that
// writes both has mixed two renderings; words that also name something else
// in plain English wait for a phrase of the term's domain (`requires`).
// Calques `calque` reports wherever they stand (河长 "river length", 初心
// "original heart", 放管服 "release, management and service") are left to
// it, so that one span gets one finding.
// A singular and its plural are separate concepts here: "grid member" and
// "grid members" are one rendering, which a concept of both would report.
function officialeseTerms(): GlossaryEntry[] {
  const discipline = 'CCDI English site and Xinhua: 纪委 is the "commission for discipline inspection" ("Central Commission for Discipline Inspection", "provincial commission for discipline inspection")'
  const supervisory = 'Xinhua: 监委 is the "supervisory commission" ("National Supervisory Commission", "provincial supervisory commission")'
  const deputyHead = 'Xinhua and China Daily: 副县长 is a "deputy county head" ("deputy head of … county"); "county magistrate" is the older rendering of 县长'
  const deputies = 'Xinhua: 人大代表 are "deputies" to the people\'s congress ("NPC deputies"); "delegates" go to a Party congress'
  const supervision = 'Xinhua: 督导组 is a "supervision group" or "supervision team" (the central supervision teams of the campaign against organized crime)'
  return [
    {
      official: 'rural revitalization',
      zh: '乡村振兴',
      variants: ['rural vitalization', 'rural vitalisation', 'rural rejuvenation', 'countryside revitalization', 'village revitalization'],
      fix: 'suggest',
      source: 'Report to the 20th National Congress of the CPC, National Rural Revitalization Administration: 乡村振兴 is "rural revitalization" (the 19th Congress report wrote "rural vitalization")'
    },
    {
      concept: 'rural revitalization',
      official: 'rural revitalization',
      zh: '乡村振兴',
      variants: ['rural revitalisation'],
      fix: 'safe',
      source: 'National Rural Revitalization Administration: "rural revitalization"'
    },
    // "poverty relief" beside "poverty alleviation" is no variant: Xinhua
    // writes both in one story.
    {
      official: 'relocation for poverty alleviation',
      zh: '易地扶贫搬迁',
      variants: [
        'ex-situ poverty alleviation relocation',
        'off-site poverty alleviation relocation',
        'ex-situ relocation for poverty alleviation',
        'off-site relocation for poverty alleviation',
        'poverty alleviation relocation in different places'
      ],
      fix: 'suggest',
      source: 'State Council white paper on poverty alleviation (2021): 易地扶贫搬迁 is "relocation for poverty alleviation"'
    },
    // 纪委: the calques keep "discipline" and lose "inspection"; the word order
    // of "discipline inspection commission" is `official-title-term`'s.
    {
      official: 'commission for discipline inspection',
      zh: ['纪律检查委员会', '纪委'],
      variants: [
        'discipline commission',
        'discipline committee',
        'disciplinary commission',
        'disciplinary committee',
        'discipline inspection committee',
        'disciplinary inspection committee',
        'commission of discipline inspection',
        'committee for discipline inspection',
        'discipline and inspection commission'
      ],
      fix: 'suggest',
      source: discipline,
      // a sports body or a school has a disciplinary committee too
      requires: ['discipline inspection']
    },
    {
      official: 'commissions for discipline inspection',
      zh: ['纪律检查委员会', '纪委'],
      variants: [
        'discipline commissions',
        'discipline committees',
        'disciplinary commissions',
        'disciplinary committees',
        'discipline inspection committees',
        'commissions of discipline inspection',
        'committees for discipline inspection'
      ],
      fix: 'suggest',
      source: discipline,
      requires: ['discipline inspection']
    },
    {
      official: 'supervisory commission',
      zh: ['监察委员会', '监委'],
      variants: ['supervision commission', 'supervision committee', 'supervisory committee'],
      fix: 'suggest',
      source: supervisory,
      requires: ['discipline inspection', 'supervisory commission'],
      // 村务监督委员会 is a village's own committee
      except: villageSupervision('committee')
    },
    {
      official: 'supervisory commissions',
      zh: ['监察委员会', '监委'],
      variants: ['supervision commissions', 'supervision committees', 'supervisory committees'],
      fix: 'suggest',
      source: supervisory,
      requires: ['discipline inspection', 'supervisory commission'],
      except: villageSupervision('committees')
    },
    {
      official: 'supervision group',
      zh: '督导组',
      variants: ['supervisory group', 'supervising group', 'supervision and guidance group'],
      fix: 'suggest',
      source: supervision
    },
    {
      official: 'supervision groups',
      zh: '督导组',
      variants: ['supervisory groups', 'supervising groups', 'supervision and guidance groups'],
      fix: 'suggest',
      source: supervision
    },
    {
      concept: 'supervision group',
      official: 'supervision team',
      zh: '督导组',
      variants: ['supervisory team', 'supervising team', 'supervision and guidance team'],
      fix: 'suggest',
      source: supervision
    },
    {
      concept: 'supervision groups',
      official: 'supervision teams',
      zh: '督导组',
      variants: ['supervisory teams', 'supervising teams', 'supervision and guidance teams'],
      fix: 'suggest',
      source: supervision
    },
    {
      official: 'commission for political and legal affairs',
      zh: '政法委',
      variants: [
        'political and legal committee',
        'political and legal commission',
        'political and legal affairs committee',
        'politics and law committee',
        'politics and law commission',
        'political-legal committee'
      ],
      fix: 'suggest',
      source: 'Xinhua: 政法委 is the "Commission for Political and Legal Affairs"'
    },
    {
      official: 'deputy county head',
      zh: '副县长',
      variants: ['vice county head', 'deputy county magistrate', 'vice county magistrate', 'vice-county magistrate'],
      fix: 'suggest',
      source: deputyHead
    },
    {
      official: 'deputy county heads',
      zh: '副县长',
      variants: ['vice county heads', 'deputy county magistrates', 'vice county magistrates', 'vice-county magistrates'],
      fix: 'suggest',
      source: deputyHead
    },
    {
      official: 'county head',
      zh: '县长',
      variants: ['county magistrate'],
      fix: 'suggest',
      source: deputyHead
    },
    {
      official: 'county heads',
      zh: '县长',
      variants: ['county magistrates'],
      fix: 'suggest',
      source: deputyHead
    },
    {
      official: 'deputies to the people\'s congress',
      zh: '人大代表',
      variants: [
        'people\'s congress representatives',
        'representatives of the people\'s congress',
        'representatives to the people\'s congress',
        'NPC representatives'
      ],
      fix: 'suggest',
      source: deputies
    },
    {
      concept: 'deputies to the people\'s congress',
      official: 'deputies',
      zh: '人大代表',
      variants: ['representatives'],
      fix: 'suggest',
      source: deputies,
      // bare "representatives" only in a people's congress text, and not the
      // representatives of someone else
      requires: ['people\'s congress'],
      except: [
        'representatives of',
        'representatives from',
        'party representatives',
        'party congress representatives',
        'villager representatives',
        'villagers\' representatives',
        'village representatives',
        'worker representatives',
        'workers\' representatives',
        'staff representatives',
        'employee representatives',
        'student representatives',
        'enterprise representatives',
        'business representatives',
        'industry representatives',
        'mass representatives',
        'masses representatives',
        'resident representatives',
        'residents\' representatives',
        'parent representatives',
        'youth representatives',
        'cppcc representatives'
      ]
    },
    {
      official: 'village Party branch and village committee',
      zh: '村两委',
      variants: ['village two committees', 'two committees of the village', 'village\'s two committees'],
      fix: 'suggest',
      source: 'Xinhua: 村两委 are the "village Party branch and village committee"'
    },
    {
      official: 'first Party secretary stationed in the village',
      zh: '驻村第一书记',
      variants: [
        'resident first secretary',
        'village-based first secretary',
        'first secretary in residence',
        'village first secretary',
        'first secretary stationed in the village'
      ],
      fix: 'suggest',
      source: 'Xinhua: 驻村第一书记 are "first Party secretaries" stationed in villages'
    },
    {
      official: 'first Party secretaries stationed in villages',
      zh: '驻村第一书记',
      variants: ['resident first secretaries', 'village-based first secretaries', 'village first secretaries', 'first secretaries stationed in villages'],
      fix: 'suggest',
      source: 'Xinhua: 驻村第一书记 are "first Party secretaries" stationed in villages'
    },
    // 网格员: "gridmen" is `calque`'s; "grid staff" is a power company's staff
    // too, so it waits for a word of grid-based community management.
    {
      official: 'grid workers',
      zh: '网格员',
      variants: ['grid members'],
      fix: 'suggest',
      source: 'China Daily: 网格员 are "grid workers" of grid-based community management'
    },
    {
      official: 'grid worker',
      zh: '网格员',
      variants: ['grid member'],
      fix: 'suggest',
      source: 'China Daily: 网格员 are "grid workers" of grid-based community management'
    },
    {
      concept: 'grid workers',
      official: 'grid workers',
      zh: '网格员',
      // not "grid staff": "a grid staff" wants "a grid worker", which no one form gives
      variants: ['grid personnel', 'grid administrators'],
      fix: 'suggest',
      source: 'China Daily: 网格员 are "grid workers" of grid-based community management',
      requires: ['grid member', 'gridman', 'gridmen', 'grid-based', 'gridded management', 'grid management']
    },
    {
      concept: 'grassroots',
      official: 'grassroots',
      zh: '基层',
      variants: ['basic-level'],
      fix: 'suggest',
      source: 'Xinhua: 基层 is "grassroots" or "primary-level"; "basic-level" is a calque'
    },
    {
      official: 'mobile Party members',
      zh: '流动党员',
      variants: ['floating party members', 'floating party member'],
      fix: 'suggest',
      source: 'China Daily: 流动党员 are "mobile Party members"'
    },
    {
      official: 'general Party branch',
      zh: '党总支',
      variants: ['party general branch'],
      fix: 'suggest',
      source: 'Xinhua: 党总支 is a "general Party branch"'
    },
    {
      official: 'general Party branches',
      zh: '党总支',
      variants: ['party general branches'],
      fix: 'suggest',
      source: 'Xinhua: 党总支 is a "general Party branch"'
    },
    {
      official: 'publicity department',
      zh: '宣传部',
      variants: ['propaganda department'],
      fix: 'suggest',
      source: 'Xinhua since 1998: 宣传部 is the "Publicity Department"',
      // the title is `official-title-term`'s
      except: ['propaganda department minister', 'minister of the propaganda department']
    },
    {
      official: 'publicity departments',
      zh: '宣传部',
      variants: ['propaganda departments'],
      fix: 'suggest',
      source: 'Xinhua since 1998: 宣传部 is the "Publicity Department"'
    },
    {
      official: 'administration for market regulation',
      zh: ['市场监督管理局', '市场监管局'],
      variants: [
        'market supervision bureau',
        'market supervision and administration bureau',
        'market supervision and management bureau',
        'market supervision administration',
        'bureau of market supervision',
        'market supervision and administration'
      ],
      fix: 'suggest',
      source: 'State Council: 国家市场监督管理总局 is the "State Administration for Market Regulation"; Xinhua: "municipal administration for market regulation"'
    },
    {
      official: 'health commission',
      zh: ['卫生健康委员会', '卫健委'],
      variants: ['health and wellness committee', 'health and wellness commission', 'health and health committee', 'health and health commission'],
      fix: 'suggest',
      source: 'State Council: 卫生健康委员会 is the "Health Commission" ("National Health Commission")'
    },
    {
      official: 'development and reform commission',
      zh: ['发展和改革委员会', '发展改革委', '发改委'],
      variants: ['development and reform committee'],
      fix: 'suggest',
      source: 'State Council: 发展和改革委员会 is the "Development and Reform Commission"'
    },
    {
      official: 'thematic education',
      zh: '主题教育',
      variants: ['theme education', 'subject education', 'topic education', 'themed education'],
      fix: 'suggest',
      source: 'China Daily: 主题教育 is the "thematic education" campaign'
    },
    {
      official: 'business environment',
      zh: '营商环境',
      variants: [
        'business-running environment',
        'business running environment',
        'business operation environment',
        'camp business environment',
        'doing business environment'
      ],
      fix: 'suggest',
      source: 'State Council: 优化营商环境条例 are the "Regulations on Optimizing the Business Environment"'
    },
    {
      official: 'work safety',
      zh: '安全生产',
      // not "safe production" or "safety in production", which China Daily writes beside "work safety"
      variants: ['production safety', 'safety production'],
      fix: 'suggest',
      source: 'State Council, Ministry of Emergency Management: 安全生产 is "work safety" (the "Work Safety Law")'
    },
    {
      official: 'epidemic prevention and control',
      variants: ['epidemic situation prevention and control', 'prevention and control of the epidemic situation'],
      fix: 'suggest',
      source: 'Xinhua, National Health Commission: 疫情防控 is "epidemic prevention and control"'
    },
    {
      official: 'nucleic acid testing',
      zh: '核酸检测',
      variants: ['nucleic acid detection'],
      fix: 'suggest',
      source: 'China Daily, National Health Commission: 核酸检测 is "nucleic acid testing"',
      // the bare "nucleic acid" below joins this concept, and is no other word for testing
      requires: ['nucleic acid test']
    },
    // In the concept of testing so that "nucleic acid testing" counts as the
    // open spelling: the longer phrase is matched first.
    {
      concept: 'nucleic acid testing',
      official: 'nucleic acid',
      variants: ['nucleic-acid'],
      fix: 'safe',
      source: 'China Daily, National Health Commission: "nucleic acid", open'
    },
    {
      official: 'investment promotion',
      zh: '招商引资',
      // "attracting investment" is plain English as a verb phrase; only the noun "the attracting investment" is the calque
      variants: ['investment attraction', 'the attracting investment', 'merchant attraction', 'merchants attraction', 'attracting merchants and investment'],
      fix: 'suggest',
      source: 'Ministry of Commerce, Xinhua: 招商引资 is "investment promotion" (county and city "investment promotion bureaus")'
    },
    {
      official: 'veterans',
      zh: '退役军人',
      variants: ['retired soldiers', 'ex-servicemen', 'retired servicemen', 'retired military personnel', 'demobilized soldiers', 'ex-soldiers'],
      fix: 'suggest',
      source: 'Ministry of Veterans Affairs, Xinhua: 退役军人 are "veterans"',
      // "retired soldiers" is ordinary English: only a mix with "veterans" counts
      requires: ['veterans']
    },
    {
      official: 'education and practice campaign',
      variants: [
        'education and practice activities',
        'education and practice activity',
        'educational practice activities',
        'educational practice activity',
        'educational and practical activities',
        'education practice activities',
        'education practice activity',
        'educational practice campaign'
      ],
      fix: 'suggest',
      source: 'Xinhua, 2013–2014: 党的群众路线教育实践活动 is "the CPC\'s mass line education and practice campaign"'
    },
    {
      concept: 'cppcc',
      official: 'CPPCC',
      zh: '政协',
      variants: ['Political Consultation Conference', 'Political Consulting Conference', 'Political Negotiation Conference'],
      fix: 'suggest',
      source: 'CPPCC English site, Xinhua: 政协 is the "Chinese People\'s Political Consultative Conference" (CPPCC)'
    },
    {
      concept: 'cppcc',
      official: 'Chinese People\'s Political Consultative Conference',
      zh: '政协',
      variants: [
        'Chinese People\'s Political Consultation Conference',
        'People\'s Political Consultation Conference',
        'Chinese People\'s Political Consulting Conference'
      ],
      fix: 'suggest',
      source: 'CPPCC English site, Xinhua: 政协 is the "Chinese People\'s Political Consultative Conference" (CPPCC)'
    },
    {
      official: 'lecture group',
      zh: '宣讲团',
      variants: ['preaching group', 'preach group', 'preaching and lecture group'],
      fix: 'suggest',
      source: 'Xinhua: 宣讲团 is a "lecture group" (or "publicity group") that explains a Party congress or plenary session'
    },
    {
      concept: 'lecture group',
      official: 'lecture groups',
      zh: '宣讲团',
      variants: ['preaching groups', 'preach groups', 'preaching and lecture groups'],
      fix: 'suggest',
      source: 'Xinhua: 宣讲团 is a "lecture group" (or "publicity group") that explains a Party congress or plenary session'
    },
    {
      concept: 'lecture group',
      official: 'lecture team',
      zh: '宣讲团',
      variants: ['preaching team', 'preaching teams'],
      fix: 'suggest',
      source: 'Xinhua: 宣讲团 is a "lecture group" (or "publicity group") that explains a Party congress or plenary session'
    },
    {
      official: 'living environment',
      zh: '人居环境',
      variants: [
        'human settlement environment',
        'human settlements environment',
        'human living environment',
        'habitat environment',
        'inhabited environment'
      ],
      fix: 'suggest',
      source: 'Xinhua: 农村人居环境整治 is improving the "rural living environment"'
    },
    {
      official: 'civilization practice center',
      zh: '文明实践中心',
      variants: ['civilized practice center', 'civilized practice centre', 'civilised practice centre'],
      fix: 'suggest',
      source: 'China Daily: 新时代文明实践中心 is a "New Era Civilization Practice Center"'
    },
    {
      official: 'civilization practice centers',
      zh: '文明实践中心',
      variants: ['civilized practice centers', 'civilized practice centres', 'civilised practice centres'],
      fix: 'suggest',
      source: 'China Daily: 新时代文明实践中心 is a "New Era Civilization Practice Center"'
    },
    {
      official: 'civilization practice station',
      zh: '文明实践站',
      variants: ['civilized practice station'],
      fix: 'suggest',
      source: 'China Daily: 新时代文明实践站 is a "civilization practice station"'
    },
    {
      official: 'democracy and rule of law demonstration village',
      variants: ['democratic and rule of law demonstration village', 'democratic rule of law demonstration village'],
      fix: 'suggest',
      source: 'China Daily: 民主法治示范村 is a "democracy and rule of law demonstration village" (two nouns, as in "rule of law")'
    },
    {
      official: 'democracy and rule of law demonstration villages',
      variants: ['democratic and rule of law demonstration villages', 'democratic rule of law demonstration villages'],
      fix: 'suggest',
      source: 'China Daily: 民主法治示范村 is a "democracy and rule of law demonstration village" (two nouns, as in "rule of law")'
    },
    {
      official: 'general election',
      variants: ['change of term', 'term change', 'change of terms'],
      fix: 'suggest',
      source: 'Xinhua: 换届选举 of village and community committees is a "general election"',
      except: ['term change election', 'change of term election']
    },
    {
      official: 'left-behind children',
      zh: '留守儿童',
      variants: ['left behind children'],
      fix: 'safe',
      source: 'Xinhua, Ministry of Civil Affairs: 留守儿童 are "left-behind children"',
      except: ['left behind children and', 'left behind children who']
    },
    {
      concept: 'left-behind children',
      official: 'left-behind children',
      zh: '留守儿童',
      variants: ['stay-at-home children', 'stay-behind children'],
      fix: 'suggest',
      source: 'Xinhua, Ministry of Civil Affairs: 留守儿童 are "left-behind children"'
    },
    {
      official: 'weak and lax',
      zh: '软弱涣散',
      variants: ['weak and scattered', 'soft and scattered', 'weak and slack', 'soft and lax'],
      fix: 'suggest',
      source: 'CCDI, Xinhua: 软弱涣散 Party organizations are "weak and lax"'
    },
    {
      official: 'Party conduct and integrity',
      zh: '党风廉政建设',
      variants: ['party style and clean government', 'party style and honest government'],
      fix: 'suggest',
      source: 'Xinhua: 党风廉政建设 is improving "Party conduct and integrity" (… upholding integrity and combating corruption)'
    },
    {
      // 建设 is work to be deployed: "deploy the Party conduct and integrity" would lose it
      concept: 'Party conduct and integrity',
      official: 'improvement of Party conduct and integrity',
      zh: '党风廉政建设',
      variants: [
        'party style and clean government construction',
        'construction of party style and clean government',
        'construction of the party style and clean government',
        'party conduct and clean government construction'
      ],
      fix: 'suggest',
      source: 'Xinhua: 党风廉政建设 is improving "Party conduct and integrity" (… upholding integrity and combating corruption)'
    },
    {
      official: 'sense of fulfillment',
      zh: '获得感',
      variants: ['sense of gain', 'sense of acquisition', 'sense of getting'],
      fix: 'suggest',
      source: 'Report to the 19th National Congress of the CPC: 获得感 is a "sense of fulfillment"'
    },
    {
      concept: 'sense of fulfillment',
      official: 'sense of fulfillment',
      zh: '获得感',
      variants: ['sense of fulfilment'],
      fix: 'safe',
      source: 'Report to the 19th National Congress of the CPC: 获得感 is a "sense of fulfillment"'
    }
  ]
}

// 村务监督委员会 and its kind: a committee of the village, not a supervisory commission.
function villageSupervision(noun: string): string[] {
  return [
    `affairs supervision ${noun}`,
    `affairs supervisory ${noun}`,
    `village supervision ${noun}`,
    `village supervisory ${noun}`,
    `community supervision ${noun}`,
    `community supervisory ${noun}`
  ]
}
