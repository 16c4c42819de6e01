import type {GlossaryEntry} from '../glossary/types.js'

// Word-for-word renderings of Chinese terms and idioms of Party and
// government pages, with the English form official English outlets use.
// `fix: 'safe'` only where that form is certain; a calque of an idiom gets a
// suggestion, since the sentence around it often needs rewording too.
const covid = 'COVID-19: WHO name of the disease (11 February 2020), Xinhua and China Daily usage'
const coronavirus = 'novel coronavirus: WHO and Xinhua name of the virus'

/**
 * A calque and its English form; `followedBy`, `notFollowedBy` and
 * `precededBy` limit a variant that is English elsewhere to the words it
 * calques beside, and `requires` (from `GlossaryEntry`, lowercase) to
 * documents on its subject.
 */
export interface CalqueEntry extends GlossaryEntry {
  /** Words one of which must follow the variant (lowercase), as `crown` is a crown before other nouns. */
  followedBy?: string[]
  /** Words none of which may follow the variant (lowercase): `cow nose ray` is a fish. */
  notFollowedBy?: string[]
  /** Words one of which must come before the variant, a determiner passed over (lowercase): `grasp the bull's nose`. */
  precededBy?: string[]
  /** Further English forms, offered after `official`. */
  alternatives?: string[]
}

// What a COVID-19 page names: a calque of epidemic control counts only there.
const covidSubjects = ['epidemic', 'covid', 'virus', 'nucleic acid', 'pandemic', 'new crown', 'pneumonia', 'quarantine']

// Verbs that take 牛鼻子, 硬骨头 or 短板 as their object in a calque.
const graspVerbs = [
  'hold', 'holds', 'holding', 'held', 'grasp', 'grasps', 'grasping', 'grasped', 'grab', 'grabs', 'grabbing',
  'grabbed', 'seize', 'seizes', 'seizing', 'seized', 'catch', 'catches', 'catching', 'caught', 'pull', 'pulls',
  'pulling', 'pulled', 'lead', 'leads', 'leading', 'led', 'firmly', 'tightly', 'is', 'are', 'was', 'were', 'be', 'as'
]
const toughVerbs = [
  'gnaw', 'gnaws', 'gnawing', 'gnawed', 'chew', 'chews', 'chewing', 'chewed', 'bite', 'bites', 'biting',
  'crack', 'cracks', 'cracking', 'cracked', 'tackle', 'tackles', 'tackling', 'tackled', 'attack', 'attacking',
  'attacked', 'conquer', 'conquering', 'conquered', 'overcome', 'overcoming', 'overcame'
]
const mendVerbs = [
  'up', 'for', 'fill', 'fills', 'filling', 'filled', 'strengthen', 'strengthening', 'strengthened', 'repair',
  'repairing', 'repaired', 'fix', 'fixing', 'fixed', 'complement', 'complementing', 'supplement', 'supplementing',
  'address', 'addressing', 'addressed', 'shore'
]

// 河长, 湖长, 林长, 田长, 湾长: the official of a river, lake, forest, farmland or bay.
const chiefLevels = [
  'general', 'provincial-level', 'city-level', 'municipal-level', 'county-level', 'district-level',
  'township-level', 'town-level', 'village-level', 'grassroots', 'grid'
]
// "general river length" may yet be a measure, "river length work" a survey: those get a suggestion.
const certainLevels = new Set(chiefLevels.filter((level) => level.endsWith('-level')))
const certainWorks = new Set(['office', 'offices', 'patrol', 'patrols', 'patrolling', 'mechanism'])
const chiefWorks = ['office', 'offices', 'patrol', 'patrols', 'patrolling', 'mechanism', 'meeting', 'sign', 'signs', 'board', 'boards', 'work']
// The unit an official of a river or lake serves: "the river length of the town"
// is no measure, as a town's rivers have no one length, save a total.
const chiefUnits = ['town', 'township', 'village', 'county', 'city', 'district']
const measureBefore = ['total', 'overall', 'combined', 'entire', 'whole', 'average']
const measureAfter = [
  'is', 'was', 'reaches', 'reached', 'totals', 'totalled', 'totaled', 'amounts', 'exceeds', 'exceeded', 'measures',
  'stretches', 'covers', 'of', 'in', 'increased', 'rose', 'grew', 'fell'
]
function chiefOfUnitEntries(field: string, chief: string, source: string): CalqueEntry[] {
  return chiefUnits.map((unit) => ({
    official: `${chief} of the ${unit}`,
    variants: [`${field} length of the ${unit}`],
    except: measureBefore.map((word) => `${word} ${field} length of the ${unit}`),
    notFollowedBy: measureAfter,
    source
  }))
}

function chiefEntries(field: string, chief: string, source: string): CalqueEntry[] {
  return [
    {official: `${chief}s at all levels`, variants: [`${field} length at all levels`, `${field} lengths at all levels`], source},
    ...chiefLevels.map((level) => ({
      official: `${level} ${chief}`,
      variants: [`${level} ${field} length`],
      fix: certainLevels.has(level) ? ('safe' as const) : ('suggest' as const),
      source
    })),
    ...chiefLevels.map((level) => ({
      official: `${level} ${chief}s`,
      variants: [`${level} ${field} lengths`],
      fix: certainLevels.has(level) ? ('safe' as const) : ('suggest' as const),
      source
    })),
    ...chiefWorks.map((work) => ({
      official: `${chief} ${work}`,
      variants: [`${field} length ${work}`],
      fix: certainWorks.has(work) ? ('safe' as const) : ('suggest' as const),
      source
    }))
  ]
}

// 咬耳扯袖 "bite the ears and pull the sleeves": by the form of the verb.
const earTuggingForms: Array<[string, string[]]> = [
  ['give timely reminders', ['bite the ears and pull the sleeves', 'bite ears and pull sleeves', 'bite the ear and pull the sleeve', 'pull the sleeves and bite the ears']],
  ['giving timely reminders', ['biting the ears and pulling the sleeves', 'biting ears and pulling sleeves', 'biting the ear and pulling the sleeve']],
  ['timely reminders', ['ear-biting and sleeve-pulling', 'ear biting and sleeve pulling']]
]

// 销号 "sold the number": by the form of the verb, with a second English form.
const closedCaseForms: Array<[string, string, string[]]> = [
  ['closed the case', 'struck it off the list', ['sold the number', 'sold the numbers', 'sold number']],
  ['close the case', 'strike it off the list', ['sell the number', 'sell the numbers']],
  ['closing the case', 'striking it off the list', ['selling the number', 'selling the numbers']]
]

// 走过场 "walk through the field": by the form of the verb; only after a word
// that forbids or belittles it, as anyone may walk through a real field.
const motionsForms: Array<[string, string[]]> = [
  ['go through the motions', ['walk through the field', 'walk through the scene', 'go through the field', 'go through the scene']],
  ['going through the motions', ['walking through the field', 'walking through the scene', 'going through the field', 'going through the scene']],
  ['went through the motions', ['walked through the field', 'walked through the scene', 'went through the field', 'went through the scene']]
]
const formalityWords = [
  'not', 'no', 'never', 'avoid', 'avoids', 'avoiding', 'avoided', 'prevent', 'prevents', 'preventing', 'prohibit',
  'prohibits', 'prohibited', 'forbid', 'forbids', 'forbidden', 'oppose', 'opposes', 'opposing', 'against', 'merely',
  'mere', 'just', 'only', 'simply', 'formally', 'perfunctorily', 'allowed', 'permitted'
]

// 压实责任 "compact the responsibility": by the form of the verb.
const compactForms: Array<[string, string]> = [
  ['compact', 'tighten'],
  ['compacts', 'tightens'],
  ['compacting', 'tightening'],
  ['compacted', 'tightened']
]

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
  // 动态清零: of COVID cases; of problems found in an audit it is "resolved as they arise"
  {
    official: 'dynamic zero-COVID',
    variants: ['dynamic clearing', 'dynamic zero clearing', 'dynamic zero-clearing', 'dynamic zeroing', 'dynamic clearance'],
    requires: covidSubjects,
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
    },
  ...chiefEntries('river', 'river chief', 'Ministry of Water Resources and Xinhua: "river chiefs", "general river chief"'),
  ...chiefOfUnitEntries('river', 'river chief', 'Ministry of Water Resources and Xinhua: "river chiefs" of towns and villages'),
  ...chiefEntries('lake', 'lake chief', 'Ministry of Water Resources and Xinhua: "lake chiefs"'),
  ...chiefOfUnitEntries('lake', 'lake chief', 'Ministry of Water Resources and Xinhua: "lake chiefs"'),
  ...chiefEntries('forest', 'forest chief', 'National Forestry and Grassland Administration and Xinhua: "forest chiefs"'),
  ...chiefEntries('field', 'field chief', 'Xinhua: "field chief system" for farmland protection'),
  ...chiefEntries('bay', 'bay chief', 'Ministry of Ecology and Environment and Xinhua: "bay chief system"'),
  {
    official: 'field chief system',
    variants: ['field length system'],
    fix: 'safe',
    source: 'Xinhua: "field chief system" for farmland protection'
  },
  {
    official: 'bay chief system',
    variants: ['bay length system'],
    fix: 'safe',
    source: 'Ministry of Ecology and Environment and Xinhua: "bay chief system"'
  },
  // 牛鼻子: the key part of a task
  {
    official: 'key',
    alternatives: ['crux'],
    variants: ['cow nose', 'cow noses', "cow's nose", 'ox nose', "ox's nose", 'nose of the cow', 'nose of the ox'],
    notFollowedBy: ['ray', 'rays'],
    source: 'Xinhua: "grasp the key", "the crux of the matter"'
  },
  {
    official: 'key',
    alternatives: ['crux'],
    variants: ['bull nose', "bull's nose", 'bull noses', 'nose of the bull'],
    precededBy: graspVerbs,
    source: 'Xinhua: "grasp the key", "the crux of the matter"'
  },
  // 一肩挑: one person holding the two posts of village Party secretary and village committee director
  {
    official: 'holding both posts',
    alternatives: ['serving concurrently in both posts'],
    variants: [
      'one shoulder pick', 'one-shoulder pick', 'one shoulder picking', 'one-shoulder picking', 'one shoulder carry',
      'one-shoulder carry', 'one shoulder carrying', 'one-shoulder-pick', 'one-shoulder-carry', 'one shoulder to pick'
    ],
    source: 'Xinhua and China Daily: village Party secretaries "also serving as" village committee directors'
  },
  // 落地检: testing travellers on arrival
  {
    official: 'testing on arrival',
    alternatives: ['arrival testing'],
    variants: ['landing check', 'landing checks', 'landing inspection', 'landing inspections', 'landing test', 'landing tests', 'landing detection', 'landing-check', 'landing nucleic acid test'],
    requires: covidSubjects,
    source: 'Xinhua and the National Health Commission: "testing on arrival", "arrival tests"'
  },
  // 一把手
  {
    official: 'top leader',
    alternatives: ['Party chief', 'principal leader'],
    variants: ['number one hand', 'number-one hand', 'No. 1 hand', 'first hand leader', 'first-hand leader'],
    source: 'Xinhua and China Daily: "top leaders", "Party chiefs"'
  },
  {
    official: 'top leaders',
    alternatives: ['Party chiefs', 'principal leaders'],
    variants: ['number one hands', 'number-one hands', 'No. 1 hands', 'first hand leaders', 'first-hand leaders'],
    source: 'Xinhua and China Daily: "top leaders", "Party chiefs"'
  },
  // 红头文件
  {
    official: 'official document',
    alternatives: ['red-letterhead document'],
    variants: ['red-headed document', 'red headed document', 'red head document', 'red-head document', 'red header document', 'red-headed file', 'red head file'],
    source: 'China Daily: "official documents", "red-letterhead documents"'
  },
  {
    official: 'official documents',
    alternatives: ['red-letterhead documents'],
    variants: ['red-headed documents', 'red headed documents', 'red head documents', 'red-head documents', 'red header documents', 'red-headed files', 'red head files'],
    source: 'China Daily: "official documents", "red-letterhead documents"'
  },
  // 三公经费
  {
    official: 'spending on official receptions, vehicles and overseas trips',
    variants: [
      'three public expenses', 'three public expenditures', 'three public expenditure', 'three public consumption',
      'three public consumptions', 'three public spending', 'three public funding', 'three public costs'
    ],
    source: 'Ministry of Finance and China Daily: "expenditures on overseas trips, official vehicles and official receptions"'
  },
  // 放管服
  {
    official: 'streamlining administration, delegating power and improving services',
    variants: [
      'putting management service', 'putting management and service', 'putting, management and service',
      'put management service', 'put, manage and serve', 'release, management and service',
      'releasing, managing and serving', 'decentralization, management and service'
    ],
    source: 'State Council: the reform to "streamline administration, delegate power and improve services"'
  },
  // 最多跑一次
  {
    official: 'at most one visit',
    alternatives: ['one-visit-at-most'],
    variants: ['run at most once', 'running at most once', 'run once at most', 'run at most one time', 'at most one run'],
    followedBy: ['reform', 'reforms'],
    source: 'Zhejiang government and Xinhua: the "at most one visit" reform'
  },
  // 扫黑除恶, more renderings
  {
    official: 'combating organized crime',
    variants: [
      'sweeping black and removing evils', 'sweeping black and eliminating evils', 'sweeping away black and removing evils',
      'sweeping away black and evil', 'sweeping the black and removing the evil', 'sweeping away the black and eliminating the evil',
      'black-sweeping and evil-eliminating', 'black-sweeping and evil-removing', 'sweeping black and striking evil',
      'sweeping black and removing the evil', 'sweeping out black and removing evil', 'sweeping out black and eliminating evil'
    ],
    source: 'Xinhua: "campaign against organized crime"'
  },
  {
    official: 'combat organized crime',
    variants: ['sweep black and eliminate evils', 'sweep black and remove evils', 'sweep away black and evil', 'sweep black and strike evil'],
    source: 'Xinhua: "campaign against organized crime"'
  },
  {
    official: 'organized crime',
    variants: ['black and evil', 'black-and-evil', 'black evil'],
    followedBy: ['gang', 'gangs', 'groups', 'group', 'organizations', 'organisations', 'crimes', 'crime', 'cases', 'elements', 'personnel', 'clues', 'umbrella', 'umbrellas'],
    source: 'Xinhua: "organized crime groups", "gangland forces"'
  },
  // 不忘初心, 初心使命: "stay true to our original aspiration"
  {
    official: 'stay true to our original aspiration',
    alternatives: ['never forget why we started'],
    variants: [
      'do not forget the original heart', "don't forget the original heart", 'never forget the original heart',
      'not forgetting the original heart', 'not forget the original heart', 'without forgetting the original heart',
      'do not forget original heart', 'never forget original heart', 'not forgetting original heart',
      'do not forget the beginning heart', 'do not forget the initial heart', 'never forget the initial heart',
      'not forgetting the initial heart', 'keep the original heart in mind', 'keeping the original heart in mind',
      'keep our original heart in mind', 'keeping our original heart in mind'
    ],
    source: 'Xinhua and the CPC Central Committee: "stay true to our original aspiration and keep our mission firmly in mind"'
  },
  {
    official: 'original aspiration and founding mission',
    variants: ['original heart and mission', 'original heart and missions', 'original heart mission', 'initial heart and mission', 'original heart and the mission'],
    source: 'Xinhua: "original aspiration and founding mission"'
  },
  {
    official: 'original aspiration',
    variants: ['original heart', 'initial heart', 'beginning heart'],
    // Not after `keep`: a patient keeps his original heart.
    precededBy: [
      'forget', 'forgets', 'forgetting', 'forgot', 'forgotten', 'remember',
      'remembering', 'uphold', 'upholding', 'upheld', 'practise', 'practice', 'practising', 'practicing', 'fulfil',
      'fulfill', 'fulfilling', 'to', 'of', 'temper', 'tempering', 'defend', 'guard', 'guarding', 'stick', 'sticking'
    ],
    notFollowedBy: ['of the city', 'of the town', 'of the old town', 'of the village'],
    source: 'Xinhua: "original aspiration"'
  },
  // 接地气
  {
    official: 'down-to-earth',
    alternatives: ['in touch with the people'],
    variants: [
      'connect with the ground gas', 'connected with the ground gas', 'connecting with the ground gas', 'connects with the ground gas',
      'connect the ground gas', 'connecting the ground gas', 'connect to the ground gas', 'connected to the ground gas',
      'catch the ground gas', 'receive the ground gas', 'pick up the ground gas', 'down-to-earth gas',
      'connect with ground gas', 'connecting with ground gas'
    ],
    source: 'China Daily: "down-to-earth", "in touch with the people"'
  },
  // 硬骨头, beside a verb of tackling
  {
    official: 'toughest problems',
    alternatives: ['hardest tasks'],
    variants: ['hard bones', 'hard bone', 'hardest bones', 'hardest bone', 'tough bones', 'toughest bones'],
    precededBy: toughVerbs,
    source: 'Xinhua: "tackle the toughest problems", "crack hard nuts"'
  },
  // 老大难
  {
    official: 'long-standing problems',
    alternatives: ['thorny problems'],
    variants: [
      'old big difficult problems', 'old, big and difficult problems', 'old big and difficult problems', 'old-big-difficult problems',
      'old big difficult issues', 'old, big and difficult issues', 'old big difficulties', 'old and big difficult problems'
    ],
    source: 'Xinhua and China Daily: "long-standing problems", "thorny problems"'
  },
  {
    official: 'long-standing',
    alternatives: ['thorny'],
    variants: ['old big difficult', 'old-big-difficult', 'old big and difficult', 'old big difficulty'],
    source: 'Xinhua and China Daily: "long-standing problems", "thorny problems"'
  },
  // 脱贫摘帽
  {
    official: 'poverty label',
    alternatives: ['poverty tag'],
    variants: ['hat of poverty', 'poverty hat', 'poverty hats', 'poverty-stricken hat', 'poverty-stricken hats', 'hat of the poor county', 'poor county hat', 'hat of poverty-stricken county'],
    source: 'China Daily: "shed the poverty label"; Xinhua: "removed from the list of impoverished counties"'
  },
  // 公车: an official car
  {
    official: 'official cars',
    variants: ['public cars', 'public vehicles for private use', 'buses for private use', 'bus for private use', 'private use of buses', 'private use of the bus', 'private use of public cars', 'buses privately used'],
    notFollowedBy: ['park', 'parks', 'parking', 'wash', 'washes', 'sharing', 'share', 'rental', 'rentals', 'hire', 'ferry', 'ferries', 'transport'],
    source: 'Xinhua and the CCDI: "official cars", "private use of official cars"'
  },
  {
    official: 'official car',
    variants: ['public car'],
    notFollowedBy: ['park', 'parks', 'parking', 'wash', 'washes', 'sharing', 'share', 'rental', 'rentals', 'hire', 'ferry', 'ferries', 'transport'],
    source: 'Xinhua and the CCDI: "official cars", "private use of official cars"'
  },
  // 公车私用 "drove the bus back to his hometown": only where a bus is put to private use
  {
    official: 'the official car',
    variants: ['the bus', 'the buses'],
    precededBy: ['drove', 'drive', 'drives', 'driving', 'driven', 'used', 'use', 'uses', 'using'],
    followedBy: ['back to his hometown', 'back to her hometown', 'to his hometown', 'to her hometown', 'for private', 'for personal', 'privately'],
    source: 'Xinhua and the CCDI: "official cars", "private use of official cars"'
  },
  // 最后一公里
  {
    official: 'last mile',
    variants: ['last kilometer', 'last kilometre', 'last one kilometer', 'last one kilometre'],
    precededBy: ['open', 'opens', 'opening', 'opened', 'unblock', 'unblocking', 'unblocked', 'solve', 'solving', 'solved', 'clear', 'clearing', 'cleared', 'up', 'bridge', 'bridging', 'connect', 'connecting'],
    source: 'Xinhua: "the last mile" of services'
  },
  // 一刀切
  {
    official: 'one-size-fits-all',
    variants: ['one knife cut', 'one-knife cut', 'one-knife-cut', 'one knife cutting', 'cut with one knife', 'one cut with a knife'],
    source: 'Xinhua and China Daily: "one-size-fits-all approach"'
  },
  // 老百姓
  {
    official: 'ordinary people',
    variants: ['old hundred surnames', 'old hundred names', 'old one hundred surnames', 'old baixing'],
    source: 'Xinhua: "ordinary people", "the general public"'
  },
  // 压实责任
  ...compactForms.flatMap(([calque, verb]): CalqueEntry[] => [
    {
      official: `${verb} responsibility`,
      variants: [`${calque} responsibility`, `${calque} the responsibility`],
      source: 'Xinhua: "tighten responsibilities", "fully enforce responsibility"'
    },
    {
      official: `${verb} responsibilities`,
      variants: [`${calque} responsibilities`, `${calque} the responsibilities`],
      source: 'Xinhua: "tighten responsibilities", "fully enforce responsibility"'
    }
  ]),
  // 舌尖上的浪费, 光盘行动
  {
    official: 'food waste',
    variants: ['waste on the tip of the tongue', 'waste on the tongue', 'waste on the tip of tongue', 'tongue tip waste', 'waste on the tongue tip'],
    source: 'Xinhua: "food waste", "waste at the dinner table"'
  },
  {
    official: 'Clean Plate Campaign',
    variants: ['CD action', 'CD actions', 'CD operation', 'compact disc action', 'CD movement', 'empty plate action'],
    source: 'Xinhua and China Daily: "Clean Plate Campaign"'
  },
  // 小康社会
  {
    official: 'moderately prosperous society',
    variants: ['small health society', 'small-health society', 'small well-off society', 'small and well-off society', 'xiaokang society'],
    source: 'Xinhua and the CPC Central Committee: "moderately prosperous society in all respects"'
  },
  // 雪亮工程
  {
    official: 'Sharp Eyes project',
    variants: ['snow bright project', 'bright snow project', 'snow-bright project', 'xueliang project', 'snow bright engineering', 'bright snow engineering'],
    source: 'China Daily: "Sharp Eyes" surveillance project'
  },
  // 作风建设
  {
    official: 'conduct improvement',
    alternatives: ['improving conduct'],
    variants: ['work style construction', 'work-style construction', 'party style construction', 'cadre style construction'],
    source: 'Xinhua: "improve conduct", "work style improvement"'
  },
  {
    official: 'conduct improvement',
    alternatives: ['improving conduct'],
    variants: ['style construction'],
    precededBy: ['strengthen', 'strengthens', 'strengthening', 'strengthened', 'promote', 'promoting', 'promoted', 'of', 'in'],
    source: 'Xinhua: "improve conduct", "work style improvement"'
  },
  // 政绩工程
  {
    official: 'vanity projects',
    variants: ['political achievement projects', 'political achievements projects', 'political performance projects', 'political achievement project', 'political achievements project'],
    source: 'Xinhua: "vanity projects", "image projects"'
  },
  // 第一责任人
  {
    official: 'person with primary responsibility',
    variants: ['first responsible person', 'first responsibility person', 'first responsible man'],
    source: 'Xinhua: "the person with primary responsibility"'
  },
  {
    official: 'people with primary responsibility',
    variants: ['first responsible people', 'first responsible persons', 'first responsibility persons'],
    source: 'Xinhua: "the person with primary responsibility"'
  },
  // 小金库
  {
    official: 'slush funds',
    variants: ['small treasury', 'small treasuries', 'small gold vault', 'small gold vaults', 'small golden treasury'],
    notFollowedBy: ['of'],
    source: 'Xinhua and the CCDI: "slush funds"'
  },
  // 蝇贪
  {
    official: 'petty corruption',
    variants: ['fly greed', 'fly-greed', 'flies greed', 'fly greedy'],
    source: 'Xinhua and the CCDI: "petty corruption", "micro-corruption"'
  },
  // 公款吃喝, 大吃大喝
  {
    official: 'wining and dining on public funds',
    variants: ['public funds eating and drinking', 'public money eating and drinking', 'public fund eating and drinking', 'eating and drinking of public funds'],
    source: 'Xinhua and the CCDI: "wining and dining on public funds", "banquets paid for with public funds"'
  },
  {
    official: 'extravagant wining and dining',
    variants: ['big eating and big drinking', 'big eating and drinking', 'eating big and drinking big'],
    source: 'Xinhua and the CCDI: "extravagant wining and dining"'
  },
  // 建档立卡: registered as poor
  {
    official: 'registered',
    variants: ['filed and carded', 'archived and carded', 'file-and-card', 'archive-and-card', 'documented and carded', 'filed and registered card', 'card-filed', 'file-established and card-registered', 'established file and card', 'file card', 'filing card'],
    followedBy: ['poor', 'households', 'household', 'families', 'family', 'people', 'persons', 'population', 'impoverished', 'poverty-stricken', 'villages', 'village'],
    source: 'State Council Leading Group Office of Poverty Alleviation and Xinhua: "registered poor households"'
  },
  {
    official: 'register',
    variants: ['establish files and cards', 'set up files and cards', 'establish a file and card', 'build files and cards'],
    source: 'State Council Leading Group Office of Poverty Alleviation and Xinhua: "registered poor households"'
  },
  {
    official: 'registration',
    variants: ['filing and carding', 'archiving and carding', 'establishing files and cards', 'file establishment and card registration', 'file and card establishment', 'establishment of files and cards'],
    source: 'State Council Leading Group Office of Poverty Alleviation and Xinhua: "registered poor households"'
  },
  // 补短板, beside a verb of mending
  {
    official: 'weak links',
    alternatives: ['weaknesses'],
    variants: ['short boards', 'short board', 'short-boards', 'short slabs', 'short slab'],
    precededBy: mendVerbs,
    source: 'Xinhua: "shore up weak links", "address weaknesses"'
  },
  // 咬耳扯袖
  {
    official: 'timely reminders',
    alternatives: ['gentle reminders'],
    variants: [
      'biting ears and pulling sleeves', 'bite ears and pull sleeves', 'bite the ear and pull the sleeve', 'biting the ears and pulling the sleeves',
      'ear-biting and sleeve-pulling', 'biting ears and tugging sleeves', 'bite ears and tug sleeves', 'pulling sleeves and biting ears'
    ],
    source: 'Xinhua: disciplinary officials "remind" cadres early'
  },
  // 钉钉子精神
  {
    official: 'spirit of hammering in nails',
    alternatives: ['perseverance'],
    variants: ['nail spirit', 'nailing spirit', 'nail-nailing spirit', 'spirit of nailing nails', 'spirit of nailing', 'nail nailing spirit', 'spirit of nail nailing', 'nail-driving spirit'],
    source: 'The Governance of China (Foreign Languages Press): "the spirit of hammering in nails"'
  },
  // 急难愁盼
  {
    official: 'pressing difficulties and concerns',
    variants: [
      'urgent, difficult, worried and hopeful', 'urgent, difficult, anxious and hopeful', 'urgent difficult worried and hopeful',
      'urgent, difficult, worried and expected', 'urgent, difficult, sad and hopeful', 'urgent, difficult, worrying and expecting',
      'urgent difficulties, worries and hopes', 'urgency, difficulty, worry and hope'
    ],
    source: 'Xinhua: "the most pressing difficulties and concerns of the people"'
  },
  // 疫情防控: 流调, 封控, 静默管理
  {
    official: 'epidemiological investigation',
    variants: ['flow adjustment', 'flow adjustments', 'flow investigation', 'flow investigations', 'flow survey', 'flow surveys', 'flow tuning', 'flow modulation'],
    requires: covidSubjects,
    source: 'National Health Commission and Xinhua: "epidemiological investigation"'
  },
  {
    official: 'lockdown',
    variants: ['sealing control', 'seal control', 'sealed control', 'seal-control', 'sealing and control', 'sealing management'],
    requires: covidSubjects,
    source: 'Xinhua: "lockdown", "sealed-off area"'
  },
  {
    official: 'static management',
    alternatives: ['lockdown'],
    variants: ['silent management', 'silence management', 'silent period management'],
    requires: covidSubjects,
    source: 'Xinhua: "static management", "stay-at-home management"'
    },
  // 造血: the capacity of a poor place to sustain itself
  {
    official: 'self-sustaining',
    variants: ['blood-making', 'blood making'],
    followedBy: ['capacity', 'capacities', 'capability', 'capabilities', 'ability', 'abilities', 'mechanism', 'poverty alleviation', 'type', 'industries', 'industry'],
    source: 'Xinhua: "self-development capacity", "self-sustaining development" of poor areas'
  },
  // 红白理事会, 红白喜事, 大操大办, 移风易俗
  {
    official: 'council for weddings and funerals',
    variants: ['red and white council', 'red-white council', 'red and white affairs council', 'red and white matters council', 'red and white things council', 'red and white board'],
    source: 'Xinhua and China Daily: village councils that regulate weddings and funerals'
  },
  {
    official: 'councils for weddings and funerals',
    variants: ['red and white councils', 'red-white councils', 'red and white affairs councils', 'red and white matters councils'],
    source: 'Xinhua and China Daily: village councils that regulate weddings and funerals'
  },
  {
    official: 'weddings and funerals',
    variants: ['red and white happy events', 'red and white happy matters', 'red and white affairs', 'red and white matters', 'red and white happy things', 'red-white affairs'],
    source: 'Xinhua and China Daily: "weddings and funerals"'
  },
  {
    official: 'lavish ceremonies',
    variants: ['big operation and big office', 'big operations and big offices', 'big operation and big handling', 'big-operation and big-office', 'large operation and large office'],
    source: 'Xinhua: curbs on "lavish weddings and funerals"'
  },
  {
    official: 'reforming outdated customs',
    alternatives: ['changing social customs'],
    variants: [
      'change customs and customs', 'changing customs and customs', 'change the wind and change customs', 'changing the wind and changing customs',
      'shifting the wind and changing customs', 'shift the wind and change customs', 'move the wind and change customs', 'moving the wind and changing customs',
      'moving wind and changing customs', 'transfer wind and change customs'
    ],
    source: 'Xinhua: "transform social customs", "reform outdated customs"'
  },
  // 风清气正, 歪风邪气, 不正之风
  {
    official: 'clean and upright political environment',
    variants: [
      'clear wind and positive gas', 'wind clear and gas positive', 'the wind is clear and the gas is positive', 'clean wind and positive gas',
      'clear wind and right gas', 'clear wind and upright gas', 'wind is clear and gas is positive', 'clear wind and righteous gas'
    ],
    source: 'Xinhua: "a clean and upright political environment"'
  },
  {
    official: 'unhealthy tendencies',
    variants: ['crooked wind and evil spirit', 'crooked wind and evil spirits', 'crooked winds and evil spirits', 'crooked wind and evil gas', 'crooked wind evil spirit', 'evil wind and evil spirit', 'evil winds and evil spirits'],
    source: 'Xinhua: "unhealthy tendencies", "unhealthy practices"'
  },
  {
    official: 'unhealthy practices',
    variants: ['unhealthy wind', 'unhealthy winds'],
    source: 'Xinhua: "unhealthy practices", "misconduct"'
  },
  // 节点: a key date of the calendar
  {
    official: 'key dates',
    variants: ['festival nodes', 'holiday nodes', 'important time nodes', 'key time nodes', 'important nodes such as festivals', 'festival and holiday nodes'],
    source: 'Xinhua: "major holidays and key dates"'
  },
  {
    official: 'key date',
    variants: ['festival node', 'holiday node', 'important time node', 'key time node'],
    source: 'Xinhua: "major holidays and key dates"'
  },
  // 拉网式, 地毯式 (排查)
  {
    official: 'dragnet',
    variants: ['net-pulling', 'net-pulling-type', 'pull-net-type', 'pull-net'],
    followedBy: ['investigation', 'investigations', 'search', 'searches', 'inspection', 'inspections', 'screening', 'check', 'checks', 'survey', 'surveys', 'troubleshooting', 'and carpet-style', 'and carpet-type'],
    source: 'Xinhua: "dragnet inspections", "blanket checks"'
  },
  {
    official: 'blanket',
    variants: ['carpet-style', 'carpet-type', 'carpet style', 'carpet type'],
    followedBy: ['investigation', 'investigations', 'search', 'searches', 'inspection', 'inspections', 'screening', 'check', 'checks', 'survey', 'surveys', 'troubleshooting'],
    source: 'Xinhua: "dragnet inspections", "blanket checks"'
  },
  // 高压态势
  {
    official: 'tough stance',
    variants: ['high-pressure posture', 'high pressure posture', 'high-pressure momentum', 'high pressure momentum', 'high-pressure attitude'],
    source: 'Xinhua: "maintain a tough stance on corruption"'
  },
  // 学习强国: the study app of the CPC Central Committee's Publicity Department
  {
    official: 'Xuexi Qiangguo',
    variants: ['learning strong country', 'study strong country', 'learning powerful country', 'study the strong country', 'learning power platform', 'learning power app', 'learning strong nation', 'study strong nation'],
    source: 'Xinhua and China Daily: the "Xuexi Qiangguo" (Study to Strengthen the Country) app'
  },
  // 灯下黑
  {
    official: 'blind spots',
    variants: ['black under the lamp', 'dark under the lamp', 'darkness under the lamp', 'under-the-lamp black', 'blackness under the lamp'],
    source: 'Xinhua and the CCDI: "blind spots" of supervision close to home'
  },
  // 层层加码
  {
    official: 'adding extra requirements at every level',
    variants: ['adding codes layer by layer', 'add codes layer by layer', 'adding codes at each level', 'adding codes at every level', 'layer-by-layer code addition', 'adding yards layer by layer', 'add yards layer by layer'],
    source: 'Xinhua and the State Council: "arbitrarily adding extra requirements at each level"'
  },
  // 踢皮球, 推诿扯皮
  {
    official: 'passing the buck',
    variants: ['kicking the leather ball', 'kick the leather ball', 'kicks the leather ball', 'kicked the leather ball', 'kick leather ball', 'kicking leather balls'],
    source: 'Xinhua: "passing the buck"'
  },
  {
    official: 'buck-passing and wrangling',
    variants: ['shirking and pulling skin', 'shirk and pull skin', 'shirking and pulling the skin', 'prevaricating and pulling skin', 'passing the buck and pulling skin', 'shifting responsibility and pulling skin', 'buck-passing and skin-pulling'],
    source: 'Xinhua: "buck-passing", "shirking responsibility"'
  },
  // 中梗阻
  {
    official: 'mid-level obstruction',
    variants: ['middle stem obstruction', 'middle infarction', 'middle obstruction', 'middle stalk obstruction', 'middle-stem obstruction'],
    source: 'Xinhua: "obstruction at the middle level" of administration'
  },
  // 刷单返利, a fraud in which victims are paid to fake online orders
  {
    official: 'order-brushing rebate fraud',
    alternatives: ['fake order scam'],
    variants: [
      'brushing single rebate', 'brushing single rebates', 'brush single rebate', 'brush single rebates',
      'swiping single rebate', 'swiping single rebates', 'single brushing rebate', 'single brushing rebates'
    ],
    source: 'Xinhua and China Daily: "order-brushing" scams, the Ministry of Public Security\'s fraud warnings'
  },
  // 咬耳扯袖, reminding a cadre early of a small fault
  ...earTuggingForms.map(([official, variants]): CalqueEntry => ({
    official,
    variants,
    source: 'CCDI English site: "timely reminders", "to remind and warn" (咬耳扯袖、红脸出汗)'
  })),
  // 双开
  {
    official: 'expelled from the Party and dismissed from public office',
    variants: ['double opened', 'double-opened'],
    source: 'CCDI and Xinhua: "expelled from the Party and dismissed from public office"'
  },
  // 销号 in a list of problems to rectify: a problem struck off once fixed
  ...closedCaseForms.map(([official, alternative, variants]): CalqueEntry => ({
    official,
    alternatives: [alternative],
    variants,
    // Any form of the word: rectification, rectified, rectify.
    requires: ['rectif'],
    notFollowedBy: ['of', 'one', 'two', 'to', 'for', 'plate', 'plates', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    source: 'CCDI English site: problems "rectified and closed", "struck off the list" (整改销号)'
  })),
  // 走过场
  ...motionsForms.map(([official, variants]): CalqueEntry => ({
    official,
    variants,
    precededBy: formalityWords,
    notFollowedBy: ['of', 'to', 'toward', 'towards', 'behind', 'near', 'next', 'on', 'in', 'at', 'with', 'where', 'again', 'every', 'each'],
    source: 'Xinhua and the CCDI: "go through the motions", "a mere formality"'
  }))
]
