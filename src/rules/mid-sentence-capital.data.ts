// Word lists of `mid-sentence-capital`. Written for the rule from general
// English grammar (closed-class words) and the verbs and adverbs of
// government reports in English (Xinhua, China Daily, the State Council's
// English site); no list comes from a corpus sentence.

/**
 * Closed-class words that begin a sentence ("The", "Each", "In", "Let"). One
 * of them capitalised right after a lowercase word, with the sentence going
 * on in lowercase, marks a sentence end that was lost ("guide Each unit
 * should…"). Left out: `I`, `A`, `No` ("grade A", "No. 5") and words that are
 * also Chinese surnames (`He`, `An`).
 */
export const sentenceStarters: ReadonlySet<string> = new Set([
  'the', 'this', 'these', 'those', 'that', 'each', 'every', 'its', 'their', 'our',
  'we', 'they', 'it', 'she', 'let', 'if', 'when', 'while', 'although', 'though',
  'however', 'meanwhile', 'moreover', 'therefore', 'furthermore', 'besides', 'thus',
  'in', 'at', 'on', 'for', 'with', 'from', 'by', 'during', 'after', 'before', 'since',
  'through', 'according', 'also', 'there', 'such', 'both', 'but', 'to', 'as', 'some',
  'many', 'most', 'all', 'other', 'under', 'should', 'must', 'shall'
])

/**
 * Words after which a verb or an adverb follows: modal verbs, `be`, `also`,
 * and the conjunctions and `to` that join two verbs.
 */
export const verbSlots: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'cannot',
  'also', 'be', 'and', 'or', 'to'
])

/** Verb slots where a proper noun is common too ("Hunan and Hubei", "to Beijing"). */
export const looseSlots: ReadonlySet<string> = new Set(['and', 'or', 'to'])

/**
 * Words before a name or a title given in its own case ("a column titled
 * Let the People Speak", "a word such as Each").
 */
export const namingWords: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'themed', 'read', 'reads',
  'word', 'words', 'term', 'slogan', 'motto', 'banner', 'caption', 'column', 'programme',
  'program', 'book', 'film', 'song', 'album', 'magazine', 'newspaper', 'app', 'hashtag'
])

/**
 * Base forms of verbs common in officialese. Verbs that are also common
 * given names or surnames (`bill`, `mark`, `grant`, `will`, `ford`, `hunt`,
 * `chase`, `cook`, `win`, `rush`, `march`, `may`, `sue`, `rob`, `pat`, `drew`,
 * `bush`, `hope`, `wade`, `miss`, `burn`, `gain`) are left out.
 */
const verbBases = [
  'accelerate', 'accept', 'achieve', 'act', 'adapt', 'add', 'address', 'adhere', 'adjust',
  'adopt', 'advance', 'advocate', 'allocate', 'analyse', 'analyze', 'answer', 'apply', 'appoint',
  'arrange', 'assess', 'assign', 'assist', 'attach', 'attend', 'attract', 'avoid', 'become',
  'begin', 'believe', 'benefit', 'boost', 'break', 'bring', 'build', 'buy', 'call', 'care',
  'carry', 'catch', 'cause', 'celebrate', 'change', 'check', 'choose', 'clarify', 'clean',
  'clear', 'close', 'collect', 'combine', 'come', 'commend', 'commit', 'communicate', 'compile',
  'complete', 'comply', 'concentrate', 'conduct', 'confirm', 'connect', 'consider', 'consolidate',
  'construct', 'consult', 'contact', 'continue', 'contribute', 'control', 'convene',
  'coordinate', 'correct', 'create', 'crack', 'cultivate', 'cut', 'dare', 'deal', 'decide',
  'declare', 'deepen', 'defend', 'define', 'deliver', 'demand', 'deploy', 'deserve', 'design',
  'develop', 'dig', 'direct', 'discover', 'discuss', 'dispatch', 'do', 'draw', 'drive', 'earn',
  'educate', 'eliminate', 'embrace', 'emphasise', 'emphasize', 'enable', 'encourage', 'enforce',
  'engage', 'enhance', 'enjoy', 'enrich', 'ensure', 'enter', 'establish', 'evaluate', 'examine',
  'expand', 'expect', 'explain', 'explore', 'expose', 'extend', 'facilitate', 'fight', 'fill',
  'find', 'finish', 'focus', 'follow', 'forge', 'form', 'formulate', 'foster', 'fulfil',
  'fulfill', 'gather', 'get', 'give', 'go', 'govern', 'grasp', 'guarantee', 'guide', 'handle',
  'help', 'highlight', 'hold', 'host', 'identify', 'implement', 'improve', 'include', 'increase',
  'inform', 'inherit', 'innovate', 'insist', 'inspect', 'inspire', 'integrate', 'intensify',
  'introduce', 'investigate', 'invest', 'join', 'keep', 'know', 'launch', 'learn', 'leave',
  'listen', 'live', 'look', 'maintain', 'make', 'manage', 'meet', 'mobilise', 'mobilize',
  'monitor', 'motivate', 'move', 'need', 'notify', 'obey', 'observe', 'obtain', 'offer',
  'operate', 'optimise', 'optimize', 'organise', 'organize', 'oversee', 'participate', 'pay',
  'perform', 'persist', 'prepare', 'preserve', 'prevent', 'proceed', 'produce', 'promote',
  'propose', 'protect', 'provide', 'publicise', 'publicize', 'publish', 'pursue', 'push', 'put',
  'raise', 'reach', 'realise', 'realize', 'receive', 'recognise', 'recognize', 'recommend',
  'rectify', 'reduce', 'reflect', 'reinforce', 'release', 'rely', 'remain', 'remember', 'remove',
  'renew', 'repair', 'report', 'represent', 'request', 'require', 'resolve', 'respond',
  'restore', 'review', 'revise', 'safeguard', 'save', 'say', 'see', 'seek', 'seize', 'select',
  'serve', 'settle', 'share', 'show', 'simplify', 'solve', 'speed', 'spread', 'stabilise',
  'stabilize', 'start', 'stay', 'stick', 'stimulate', 'stop', 'strengthen', 'stress', 'strive',
  'study', 'submit', 'summarise', 'summarize', 'supervise', 'support', 'take', 'talk', 'teach',
  'tell', 'thank', 'think', 'tighten', 'track', 'train', 'transform', 'treat', 'try', 'turn',
  'uncover', 'understand', 'undertake', 'unify', 'unite', 'update', 'uphold', 'urge', 'use',
  'verify', 'visit', 'wait', 'want', 'warn', 'watch', 'work', 'write'
]

/** Adverbs that stand between a modal verb and its verb ("will be seriously dealt with"). */
const adverbs = [
  'actively', 'always', 'comprehensively', 'conscientiously', 'continuously', 'deeply',
  'earnestly', 'effectively', 'firmly', 'fully', 'further', 'gradually', 'immediately',
  'jointly', 'never', 'promptly', 'quickly', 'resolutely', 'rigorously', 'seriously',
  'severely', 'solidly', 'steadily', 'strictly', 'strongly', 'thoroughly', 'truly',
  'vigorously', 'not'
]

/** Third-person form of a base verb: "requires", "pushes", "applies". */
function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies'
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return base + 'es'
  return base + 's'
}

/** Base forms of the verbs, lowercase. */
export const verbBaseForms: ReadonlySet<string> = new Set(verbBases)

/**
 * Words that follow a verb and never a name: determiners and possessives
 * ("…the county Strengthen the leadership", "…Improve their work").
 */
export const objectStarters: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'our', 'this', 'these', 'all', 'every'])

/** Present participle of a base verb: "strengthening", "organizing" (a doubled consonant is not made). */
function participle(base: string): string {
  return /[^e]e$/.test(base) ? base.slice(0, -1) + 'ing' : base + 'ing'
}

/** Past form of a regular base verb: "improved", "rectified", "promoted". */
function pastForm(base: string): string {
  if (base.endsWith('e')) return base + 'd'
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied'
  return base + 'ed'
}

/** Past forms of the base verbs, lowercase: "Compiled", "Improved". */
export const verbPastForms: ReadonlySet<string> = new Set(verbBases.map(pastForm))

/**
 * Determiners that start a clause and never a name ("…reported at once, Any
 * unit that…"): capitalised after a comma, they mark two clauses joined.
 */
export const clauseDeterminers: ReadonlySet<string> = new Set(['any', 'each', 'every', 'all', 'no'])

/**
 * Names and places in `-ly` that would pass for adverbs ("Beverly",
 * "Sicily"): a capitalised word in `-ly` is an adverb only outside this list.
 */
export const namesInLy: ReadonlySet<string> = new Set([
  'beverly', 'kimberly', 'shelly', 'connolly', 'donnelly', 'sicily', 'waverly', 'stanly', 'bradly', 'lilly',
  'molly', 'polly', 'dolly', 'holly', 'sally', 'kelly', 'emily', 'italy', 'manly', 'nelly', 'billy'
])

/** Lowercase verbs (base, third-person, -ing and -ed forms) and adverbs of the verb slot. */
export const verbs: ReadonlySet<string> = new Set([
  ...verbBases,
  ...verbBases.map(thirdPerson),
  ...verbBases.map(participle),
  ...verbBases.map(pastForm),
  ...adverbs
])

/**
 * Endings of abstract nouns and adjectives ("reassurance", "fairness",
 * "harmonious"): such a word capitalised after `and` or `or` at the end of a
 * clause is a common word, not a name ("with joy and Contentment.").
 */
export const commonWordEndings: readonly string[] = [
  'ance', 'ence', 'ness', 'tion', 'sion', 'ment', 'ship', 'ful', 'ous', 'ive', 'able', 'ible'
]

/**
 * Words with such an ending that are capitalised as names of organs,
 * places or people ("the county Party committee and Government.",
 * "Florence", "Township").
 */
export const namesWithCommonEndings: ReadonlySet<string> = new Set([
  'government', 'department', 'parliament', 'township', 'florence', 'lawrence', 'clarence',
  'terence', 'constance', 'providence', 'prudence', 'olive', 'clive', 'steve', 'dave', 'eve',
  'bible', 'constable', 'commonwealth', 'friendship', 'congress', 'conference', 'convention',
  'federation', 'association', 'corporation', 'foundation', 'institution', 'administration',
  'commission', 'division', 'station', 'nation', 'union', 'legislative', 'executive', 'directive'
])
