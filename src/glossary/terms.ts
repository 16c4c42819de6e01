import type {GlossaryEntry} from './types.js'

// One concept, one rendering. `term-consistency` flags a variant only when the
// document also uses another form of the same concept, so a text written
// consistently in a variant is left to its author. Spelling variants are
// `safe`; another word for the concept is `suggest`.

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
    source: 'Xinhua, Qiushi: 党的建设 / 党建 is "Party building"'
  },
  {
    official: 'municipal Party committee',
    variants: ['municipal committee'],
    fix: 'suggest',
    source: 'Xinhua: 市委 is "the municipal Party committee"',
    // the full name of a city's committee is correct as it stands
    except: ['municipal committee of the']
  },
  {
    official: 'provincial Party committee',
    variants: ['provincial committee'],
    fix: 'suggest',
    source: 'Xinhua: 省委 is "the provincial Party committee"',
    except: ['provincial committee of the']
  },
  {
    official: 'county Party committee',
    variants: ['county committee'],
    fix: 'suggest',
    source: 'Xinhua: 县委 is "the county Party committee"',
    except: ['county committee of the']
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
