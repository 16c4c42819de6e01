import type {GlossaryEntry} from './types.js'

// Numbered political slogans (两个维护, 四个全面 …) in the forms of the
// official key-concept glossaries: "Keywords to Understand China" (China
// Academy of Translation / CICG) and the glossaries of "Xi Jinping: The
// Governance of China". `numeric-slogan` matches them inside quotation marks.
// A calque that is also ordinary English ("five in one") stays a suggestion.

/** Slogans read by `numeric-slogan`. */
export const slogans: GlossaryEntry[] = [
  {
    official: 'Two Upholds',
    zh: '两个维护',
    variants: [
      'two maintenances',
      'two maintenance',
      'two maintains',
      'two safeguards',
      'two defends',
      'two protections',
      'two upholding',
      'two upholdings',
      'two uphold'
    ],
    fix: 'safe',
    source: 'Xi Jinping: The Governance of China IV, glossary: "Two Upholds" (两个维护)'
  },
  {
    official: 'Two Establishes',
    zh: '两个确立',
    variants: ['two establishments', 'two established', 'two establishment', 'two establishings', 'two confirmations', 'two affirmations'],
    fix: 'safe',
    source: 'Resolution of the Sixth Plenary Session of the 19th CPC Central Committee, Xinhua 2021: "Two Establishes" (两个确立)'
  },
  {
    official: 'Four Consciousnesses',
    zh: '四个意识',
    variants: ['four awarenesses', 'four consciousness', 'four awareness', 'four senses of consciousness'],
    fix: 'safe',
    unquoted: true,
    source: 'Keywords to Understand China: "Four Consciousnesses" (四个意识)'
  },
  {
    official: 'Four Confidences',
    zh: '四个自信',
    variants: ['four self-confidences', 'four self-confidence', 'four confidence'],
    fix: 'safe',
    unquoted: true,
    source: 'Keywords to Understand China: "Four Confidences" (四个自信)'
  },
  {
    official: 'Five-sphere Integrated Plan',
    zh: '五位一体',
    variants: ['five in one', 'five-in-one', 'five in one overall layout', 'five-in-one overall layout'],
    fix: 'suggest',
    source: 'Report to the 19th National Congress of the CPC: "Five-sphere Integrated Plan" (五位一体)'
  },
  {
    official: 'Four-pronged Comprehensive Strategy',
    zh: '四个全面',
    variants: ['four comprehensives', 'four comprehensive', 'four comprehensively'],
    fix: 'safe',
    source: 'Report to the 19th National Congress of the CPC: "Four-pronged Comprehensive Strategy" (四个全面)'
  },
  {
    official: 'Four Cardinal Principles',
    zh: '四项基本原则',
    variants: ['four basic principles', 'four basic principle'],
    fix: 'safe',
    source: 'Keywords to Understand China: "Four Cardinal Principles" (四项基本原则)'
  },
  {
    official: 'Four Principles of Deference',
    zh: '四个服从',
    variants: ['four obediences', 'four subordinations', 'four obedience'],
    fix: 'safe',
    source: 'Keywords to Understand China: "Four Principles of Deference" (四个服从)'
  },
  {
    official: 'Two Centenary Goals',
    zh: '两个一百年',
    variants: ['two centenaries', 'two hundred years', 'two 100 years', 'two one hundred years'],
    fix: 'suggest',
    source: 'Report to the 19th National Congress of the CPC: "Two Centenary Goals" (两个一百年)'
  },
  {
    official: 'First Centenary Goal',
    zh: '第一个百年奋斗目标',
    variants: ['first hundred years', 'first 100 years', 'first hundred-year goal', 'first 100-year goal'],
    fix: 'safe',
    source: 'Report to the 20th National Congress of the CPC: "the First Centenary Goal" (第一个百年奋斗目标)'
  },
  {
    official: 'Second Centenary Goal',
    zh: '第二个百年奋斗目标',
    variants: ['second hundred years', 'second 100 years', 'second hundred-year goal', 'second 100-year goal'],
    fix: 'safe',
    source: 'Report to the 20th National Congress of the CPC: "the Second Centenary Goal" (第二个百年奋斗目标)'
  },
  {
    official: 'Three Represents',
    variants: ['three representatives', 'three represent'],
    fix: 'safe',
    source: 'Keywords to Understand China: "the Theory of Three Represents" (三个代表)'
  },
  {
    official: 'Three Stricts and Three Earnests',
    zh: '三严三实',
    variants: ['three stricts and three solids', 'three strict and three real', 'three stricts and three honests'],
    fix: 'safe',
    source: 'Xinhua 2015: "Three Stricts and Three Earnests" (三严三实)'
  },
  {
    official: 'Two Studies, One Action',
    zh: '两学一做',
    variants: ['two learn one do', 'two studies and one action', 'two learning and one doing', 'two studies and one do'],
    fix: 'safe',
    source: 'Xinhua 2016: "Two Studies, One Action" (两学一做)'
  },
  {
    official: 'four forms of decadence',
    zh: '四风',
    variants: ['four winds', 'four styles', 'four undesirable styles', 'four bad styles'],
    fix: 'suggest',
    source: 'Xinhua: 四风 (formalism, bureaucratism, hedonism and extravagance) are the "four forms of decadence"'
  },
  {
    official: 'eight-point rules',
    zh: '八项规定',
    variants: ['eight provisions', 'eight regulations', 'eight-point regulations', 'eight-item regulations', 'eight rules'],
    fix: 'suggest',
    source: 'Xinhua: 中央八项规定 are the CPC Central Committee\'s "eight-point rules" on improving conduct'
  },
  {
    official: 'Two Assurances and Three Guarantees',
    zh: '两不愁三保障',
    variants: [
      'two no worries and three guarantees',
      'two no worry and three guarantee',
      'two no worry and three guarantees',
      'two no worries and three guarantee',
      "two don't worry and three guarantees",
      'two worries and three guarantees'
    ],
    fix: 'suggest',
    source: 'Xinhua: 两不愁三保障 are the "two assurances and three guarantees" of poverty alleviation'
  }
  ,
  // 六稳, 六保 and 六稳六保 carry no `zh`: translators often spell the six
  // fronts out in full instead, which names no form of the entry.
  {
    official: 'stability on six fronts',
    variants: ['six stability', 'six stabilities', 'six stables', 'six stabilization', 'six stabilizations', 'six steady'],
    fix: 'suggest',
    source: 'Government work report 2020 (State Council English text), Xinhua: 六稳 is "stability on six fronts"'
  },
  {
    official: 'security in six key areas',
    variants: ['six guarantee', 'six guarantees', 'six protection', 'six protections', 'six ensures', 'six securities'],
    fix: 'suggest',
    source: 'Government work report 2020 (State Council English text), Xinhua: 六保 is "security in six key areas"'
  },
  {
    official: 'stability on six fronts and security in six key areas',
    variants: [
      'six stability and six guarantee',
      'six stability and six guarantees',
      'six stabilities and six guarantees',
      'six stables and six guarantees',
      'six stabilities and six protections'
    ],
    fix: 'suggest',
    source: 'Government work report 2020 (State Council English text), Xinhua: 六稳六保'
  },
  {
    official: 'three critical battles',
    zh: '三大攻坚战',
    // not "three major battles": 三大战役 of 1948–1949 are three battles too
    variants: ['three major tough battles', 'three big tough battles', 'three attack battles', 'three major attack battles', 'three fortress battles'],
    fix: 'suggest',
    source: 'Government work reports 2018 and 2019 (State Council English text): 三大攻坚战 are the "three critical battles" against risks, poverty and pollution'
  },
  {
    official: 'Five Water Treatment',
    zh: '五水共治',
    variants: [
      'five water co-governance',
      'five waters co-governance',
      'five-water co-governance',
      'five water co-treatment',
      'five waters co-treatment',
      'five water joint governance',
      'five waters joint governance',
      'five water governance',
      'five waters governance',
      'five water co-management',
      'five waters treatment'
    ],
    fix: 'suggest',
    source: 'Zhejiang provincial government and China Daily: 五水共治 is the "Five Water Treatment" campaign'
  },
  {
    official: 'four forms of oversight',
    zh: '四种形态',
    // 'the "four forms" of oversight and discipline enforcement' is how the CCDI writes it: `numeric-slogan` leaves a quotation followed by "of" alone
    variants: ['four forms', 'four kinds of forms', 'four types of forms', 'four kinds of form', 'four patterns', 'four kinds of patterns'],
    fix: 'suggest',
    source: 'CCDI English site and Xinhua: 监督执纪"四种形态" are the "four forms" of oversight and discipline enforcement'
  },
  {
    official: 'issues relating to agriculture, rural areas and rural people',
    zh: '三农问题',
    // not "three rural issues", which Xinhua writes itself after the full form
    variants: ['three agriculture', 'three agricultures', 'three agricultural', 'three nong', 'three agriculture issues', 'three agricultural issues'],
    fix: 'suggest',
    source: 'Keywords to Understand China: 三农问题 are "issues relating to agriculture, rural areas and rural people"'
  },
  {
    official: 'work relating to agriculture, rural areas and rural people',
    zh: '三农工作',
    variants: ['three rural work', 'three agricultural work', 'three agriculture work', 'three rural areas work'],
    fix: 'suggest',
    unquoted: true,
    // a count of teams or stations: "three rural work teams"
    except: ['three rural work teams', 'three rural work team', 'three rural work stations', 'three rural work groups'],
    source: 'Keywords to Understand China: 三农 is "agriculture, rural areas and rural people"; 三农工作 is the work on them'
  },
  {
    official: 'dual responsibilities of one post',
    zh: '一岗双责',
    variants: [
      'one post two responsibilities',
      'one post, two responsibilities',
      'one post double responsibilities',
      'one post, double responsibilities',
      'one post with two responsibilities',
      'one post two duties',
      'one post, two duties',
      'one position two responsibilities',
      'one position, two responsibilities',
      'two responsibilities for one post'
    ],
    fix: 'suggest',
    source: 'CCDI and Xinhua: 一岗双责, an official\'s "dual responsibilities" for the work of the post and for Party conduct in it'
  }
]
