import type {GlossaryEntry} from './types.js'

// Official titles and organs of the Party and the state, as Xinhua's English
// service and the State Council's English site write them. Department heads of
// Party committees are "head of the … Department" (部长 of a Party department
// is not a minister); ministries of the State Council do have ministers, so
// those changes are suggestions only.

// "Organization minister", "armed forces minister": 部长 of a Party
// department or of the county's People's Armed Forces Department without the
// word "department". Britain has an armed forces minister and other countries
// propaganda ministers, so these count only in a local Party text.
const localPartyText = [
  'county party committee',
  'municipal party committee',
  'city party committee',
  'district party committee',
  'township party committee',
  'town party committee',
  'prefectural party committee',
  'provincial party committee'
]

/** Titles read by `official-title-term`. */
export const titles: GlossaryEntry[] = [
  {
    official: 'head of the Organization Department',
    zh: ['组织部部长', '组织部长'],
    variants: [
      'organization department minister',
      'organisation department minister',
      'minister of the organization department',
      'minister of the organisation department'
    ],
    fix: 'suggest',
    source: 'Xinhua: "Shi Taifeng, … head of the Organization Department of the CPC Central Committee"'
  },
  {
    official: 'head of the Publicity Department',
    zh: ['宣传部部长', '宣传部长'],
    variants: [
      'publicity department minister',
      'propaganda department minister',
      'minister of the publicity department',
      'minister of the propaganda department'
    ],
    fix: 'suggest',
    source: 'Xinhua: "Li Shulei, … head of the Publicity Department of the CPC Central Committee"'
  },
  {
    official: 'head of the United Front Work Department',
    zh: ['统战部部长', '统战部长'],
    variants: [
      'united front work department minister',
      'united front department minister',
      'minister of the united front work department'
    ],
    fix: 'suggest',
    source: 'Xinhua: "Shi Taifeng, … head of the United Front Work Department of the CPC Central Committee"'
  },
  {
    official: 'head of the Organization Department',
    zh: ['组织部部长', '组织部长'],
    variants: ['organization minister', 'organisation minister', 'minister of organization', 'minister of organisation'],
    fix: 'suggest',
    source: 'Xinhua: "Shi Taifeng, … head of the Organization Department of the CPC Central Committee"',
    requires: localPartyText
  },
  {
    official: 'head of the Publicity Department',
    zh: ['宣传部部长', '宣传部长'],
    variants: ['publicity minister', 'propaganda minister', 'minister of publicity', 'minister of propaganda'],
    fix: 'suggest',
    source: 'Xinhua: "Li Shulei, … head of the Publicity Department of the CPC Central Committee"',
    requires: localPartyText
  },
  {
    official: 'head of the United Front Work Department',
    zh: ['统战部部长', '统战部长'],
    variants: ['united front minister', 'united front work minister', 'minister of united front work', 'minister of the united front'],
    fix: 'suggest',
    source: 'Xinhua: "Shi Taifeng, … head of the United Front Work Department of the CPC Central Committee"',
    requires: localPartyText
  },
  {
    official: 'head of the People\'s Armed Forces Department',
    zh: ['人武部部长', '人民武装部部长'],
    variants: [
      'armed forces minister',
      'people\'s armed forces minister',
      'armed forces department minister',
      'people\'s armed forces department minister',
      'armed department minister',
      'people\'s armed department minister',
      'minister of the armed forces department',
      'minister of the people\'s armed forces department',
      'minister of the people\'s armed department'
    ],
    fix: 'suggest',
    source: 'PLA Daily, China Military Online: a county\'s 人民武装部 is its "People\'s Armed Forces Department", headed by a "head" (部长)',
    requires: localPartyText
  },
  {
    official: 'secretary-general',
    zh: '秘书长',
    variants: ['secretary general'],
    fix: 'safe',
    source: 'Xinhua and the United Nations: "Secretary-General"; NATO keeps "Secretary General" in its own name',
    except: ['NATO Secretary General', 'NATO Deputy Secretary General', 'Secretary General of NATO']
  },
  {
    official: 'the municipal Party committee',
    variants: ['the Commission'],
    fix: 'suggest',
    source: 'Xinhua: 市委 is "the municipal Party committee" (or "the municipal committee of the CPC")',
    // 市委 mistranslated as "the Commission" shows in a municipal Party text;
    // a real commission the text names is left alone (see the rule).
    requires: ['municipal Party committee', 'municipal committee']
  },
  {
    official: 'Commission for Discipline Inspection',
    // Not 纪委: 中央纪委 is as often "the CCDI", which a title missing from
    // the target would have to report; the terms table reads 纪委's variants.
    zh: '纪律检查委员会',
    variants: ['discipline inspection commission', 'disciplinary inspection commission'],
    fix: 'suggest',
    source: 'CCDI English site: "Central Commission for Discipline Inspection"; Xinhua: "provincial commission for discipline inspection"'
  }
]
