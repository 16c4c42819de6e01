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

/** Terms read by `term-consistency`. */
export const terms: GlossaryEntry[] = [
  {
    official: 'grassroots',
    variants: ['grass-roots', 'grass roots'],
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
    variants: [
      'theory learning center group',
      'theory learning centre group',
      'theoretical learning center group',
      'theory study center group',
      'theoretical study center group',
      'theoretical study central group',
      'central study group',
      'center group',
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
    variants: ['patrol'],
    fix: 'suggest',
    source: 'Xinhua: 巡视 / 巡察 is "inspection" (central and provincial inspection groups)',
    // only where a Party inspection is meant; police and border patrols are patrols
    requires: ['inspection group', 'inspection team', 'inspection tour']
  },
  {
    official: 'central environmental inspection',
    variants: [
      'central environmental protection inspection',
      'central ecological environment protection inspection',
      'central ecological environmental protection inspection',
      'central ecological and environmental protection inspection',
      'central ecological environment protection supervision',
      'central ecological environmental protection supervision',
      'central environmental protection supervision'
    ],
    fix: 'suggest',
    source: 'Xinhua, China Daily: 中央生态环境保护督察 is the "central environmental inspection"'
  },
  {
    official: 'forest fire prevention',
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
    variants: ['new crown pneumonia', 'novel coronavirus pneumonia', 'new coronary pneumonia'],
    fix: 'suggest',
    source: 'National Health Commission, 2020: 新冠肺炎 is "COVID-19"'
  },
  {
    official: 'mass line',
    variants: ['mass route', 'masses line'],
    fix: 'suggest',
    source: 'Xinhua: "the Party\'s mass line" (群众路线)'
  }
]
