import type {GlossaryEntry} from '../glossary/types.js'

// Word-for-word renderings of Chinese terms and idioms of Party and
// government pages, with the English form official English outlets use.
// `fix: 'safe'` only where that form is certain; a calque of an idiom gets a
// suggestion, since the sentence around it often needs rewording too.
const covid = 'COVID-19: WHO name of the disease (11 February 2020), Xinhua and China Daily usage'
const coronavirus = 'novel coronavirus: WHO and Xinhua name of the virus'

/** A calque and its English form; `followedBy` limits a short variant to the nouns it calques before. */
export interface CalqueEntry extends GlossaryEntry {
  /** Words one of which must follow the variant (lowercase), as `crown` is a crown before other nouns. */
  followedBy?: string[]
  /** Further English forms, offered after `official`. */
  alternatives?: string[]
}

const covidNouns = [
  'epidemic', 'epidemics', 'outbreak', 'pandemic', 'vaccine', 'vaccines', 'vaccination', 'vaccinations',
  'infection', 'infections', 'patient', 'patients', 'case', 'cases', 'test', 'tests', 'testing',
  'situation', 'prevention', 'variant', 'variants', 'strain', 'strains', 'mutant', 'deaths', 'death'
]

/** The calques `calque` finds and their English forms. */
export const calques: CalqueEntry[] = [
  // 新冠肺炎, 新冠疫情, 新冠病毒, 新冠疫苗
  {
    official: 'COVID-19',
    variants: ['new crown pneumonia', 'new coronary pneumonia', 'new coronal pneumonia', 'new crown disease'],
    fix: 'safe',
    source: covid,
    noArticle: true
  },
  {
    official: 'COVID-19',
    variants: ['new crown', 'new coronary', 'new coronal'],
    fix: 'safe',
    source: covid,
    followedBy: covidNouns
  },
  {
    official: 'novel coronavirus',
    variants: ['new crown virus', 'new coronary virus', 'new crown coronavirus'],
    fix: 'safe',
    source: coronavirus
  },
  // 扫黑除恶: the 2018–2020 campaign against organized crime (Xinhua)
  {
    official: 'combating organized crime',
    variants: [
      'sweeping black and removing evil',
      'sweeping black and eliminating evil',
      'sweeping away black and eliminating evil',
      'sweeping away black and removing evil',
      'sweeping black and evil',
      'sweeping away blacks and eliminating evils',
      'sweeping the black and eliminating the evil',
      'sweeping blacks and eliminating evils'
    ],
    source: 'Xinhua: "campaign against organized crime"'
  },
  {
    official: 'combat organized crime',
    variants: [
      'sweep black and remove evil',
      'sweep black and eliminate evil',
      'sweep away black and eliminate evil',
      'sweep away black and remove evil',
      'sweep the black and eliminate the evil'
    ],
    source: 'Xinhua: "campaign against organized crime"'
  },
  {
    official: 'organized crime groups',
    variants: ['black and evil forces', 'black evil forces', 'black and evil force'],
    source: 'Xinhua: "gangland forces", "organized crime groups"'
  },
  // 扫黄打非
  {
    official: 'combating pornography and illegal publications',
    variants: [
      'sweeping yellow and fighting illegal',
      'sweeping yellow and striking illegal',
      'sweeping pornography and fighting illegal',
      'sweep yellow and fight illegal',
      'sweep yellow and strike illegal'
    ],
    source: 'National Office Against Pornographic and Illegal Publications (Xinhua)'
  },
  // 红红脸、出出汗: criticism that makes officials "blush and sweat"
  {
    official: 'blush and sweat',
    variants: [
      'red face and sweating',
      'red face and sweat',
      'red faces and sweating',
      'red faces and sweat',
      'red the face and sweat',
      'redden the face and sweat'
    ],
    source: 'Xinhua and Qiushi English: criticism should make officials "blush and sweat"'
  },
  // 抓典型
  {
    official: 'set examples',
    variants: ['grasp the typical', 'grasp typical', 'grasping the typical', 'grasp the typicals', 'catch the typical'],
    source: 'Xinhua: "set examples", "hold up role models"'
  },
  // 农家乐
  {
    official: 'agritainment',
    variants: ['farmhouse music', 'farmhouse happiness', 'peasant family happiness', 'farmhouse joy'],
    source: 'China Daily: "agritainment", "farm stays"'
  },
  // 面子工程
  {
    official: 'vanity projects',
    variants: ['face projects', 'face project', 'face engineering'],
    source: 'Xinhua: "vanity projects"'
  },
  // 网格员
  {
    official: 'grid workers',
    variants: ['gridmen', 'gridman'],
    source: 'China Daily: "grid workers" of grid-based community management'
  },
  // 低保
  {
    official: 'subsistence allowance',
    variants: ['low guarantee', 'low-guarantee'],
    followedBy: ['households', 'household', 'recipients', 'objects', 'families', 'family', 'personnel', 'people', 'subsidies', 'funds', 'standard', 'standards', 'policy'],
    source: 'Ministry of Civil Affairs: "subsistence allowance", "minimum living allowance"'
  },
  // 群众路线
  {
    official: 'mass line',
    variants: ['masses line'],
    fix: 'safe',
    source: 'Xinhua: "the Party\'s mass line"'
  },
  // 两面人
  {
    official: 'two-faced people',
    variants: ['two-sided people', 'two-sided persons', 'double-faced people'],
    fix: 'safe',
    source: 'Xinhua: "two-faced people"'
  },
  // 开源节流
  {
    official: 'increase revenue and cut expenditure',
    variants: [
      'open source and reduce expenditure',
      'open source and cut expenditure',
      'open source and save expenditure',
      'open source and throttle',
      'open source and throttling'
    ],
    source: 'China Daily: "increase revenue and reduce expenditure"'
  },
  // 啃硬骨头
  {
    official: 'tackle the toughest problems',
    variants: ['gnaw hard bones', 'gnaw the hard bones', 'gnaw the hard bone', 'chew hard bones', 'chew the hard bones'],
    source: 'Xinhua: "tackle tough problems"'
  },
  // 主体责任
  {
    official: 'primary responsibility',
    variants: ['main body responsibility', 'main body responsibilities', 'main responsibility of the main body'],
    source: 'Xinhua: "the primary responsibility for full and rigorous Party self-governance"'
  },
  // 精准扶贫
  {
    official: 'targeted poverty alleviation',
    variants: ['precise poverty alleviation', 'accurate poverty alleviation', 'precision poverty alleviation'],
    fix: 'safe',
    source: 'Xinhua and the State Council Information Office: "targeted poverty alleviation"'
  },
  // 动态清零
  {
    official: 'dynamic zero-COVID',
    variants: ['dynamic clearing', 'dynamic zero clearing', 'dynamic zeroing', 'dynamic clearance'],
    source: 'Xinhua: "dynamic zero-COVID policy"'
  },
  // 河长制, 湖长制, 林长制
  {
    official: 'river chief system',
    variants: ['river length system', 'river length responsibility system'],
    fix: 'safe',
    source: 'Ministry of Water Resources and Xinhua: "river chief system"'
  },
  {
    official: 'lake chief system',
    variants: ['lake length system'],
    fix: 'safe',
    source: 'Ministry of Water Resources and Xinhua: "lake chief system"'
  },
  {
    official: 'forest chief system',
    variants: ['forest length system'],
    fix: 'safe',
    source: 'National Forestry and Grassland Administration and Xinhua: "forest chief system"'
  },
  // 新动能
  {
    official: 'new growth drivers',
    variants: ['new kinetic energy', 'new kinetic energies'],
    source: 'Xinhua and the Government Work Report: "new growth drivers"'
  }
]
