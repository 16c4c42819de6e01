// Tables of `pinyin-residue`.

/**
 * Pinyin words of Party and government pages that machine translation leaves
 * untranslated, with their English renderings, best first. Renderings follow
 * Xinhua and China Daily English usage: "grid worker" (网格员, China Daily on
 * grid-based community management), "COVID-19" (新冠, WHO name, Xinhua usage),
 * "agritainment" (农家乐, China Daily), "subsistence allowance" (低保, Ministry
 * of Civil Affairs English pages), "village-assigned" (包村, the cadre put in
 * charge of one village).
 */
export const pinyinWords: Record<string, string[]> = {
  baocun: ['village-assigned'],
  baoxiang: ['township-assigned'],
  baozhen: ['town-assigned'],
  wanggeyuan: ['grid worker'],
  wangge: ['grid'],
  wanggehua: ['grid-based'],
  xinguan: ['COVID-19'],
  xinguanfeiyan: ['COVID-19'],
  yiqing: ['epidemic'],
  fangkong: ['prevention and control'],
  hesuan: ['nucleic acid'],
  jiankangma: ['health code'],
  nongjiale: ['agritainment', 'farm stay'],
  minsu: ['homestay'],
  dibao: ['subsistence allowance'],
  wubaohu: ['household under the five guarantees'],
  pinkunhu: ['poor household'],
  fupin: ['poverty alleviation'],
  tuopin: ['poverty eradication'],
  dangjian: ['Party building'],
  dangyuan: ['Party member'],
  dangzhibu: ['Party branch'],
  zhibu: ['branch'],
  ganbu: ['cadre'],
  qunzhong: ['the public'],
  shuji: ['secretary'],
  cunwei: ['village committee'],
  cunweihui: ['village committee'],
  juweihui: ['residents committee'],
  shequ: ['community'],
  jiedao: ['subdistrict'],
  xiangzhen: ['township'],
  xiangcun: ['rural'],
  zhenxing: ['revitalization'],
  chengguan: ['urban management officer'],
  hongse: ['red'],
  hezhang: ['river chief'],
  huzhang: ['lake chief'],
  linzhang: ['forest chief'],
  laobaixing: ['ordinary people'],
  baixing: ['ordinary people'],
  cunguan: ['village official'],
  zhucun: ['village-stationed'],
  diyishuji: ['first secretary'],
  cunzhishu: ['village Party secretary'],
  liangwei: ['two committees'],
  tekunhu: ['household in extreme poverty'],
  yijiantiao: ['holding both posts'],
  sangong: ['official receptions, vehicles and overseas trips'],
  xiaojinku: ['slush fund'],
  yibashou: ['top leader'],
  hongtouwenjian: ['official document']
}

/**
 * Pinyin words English has taken in (Merriam-Webster, Oxford, or common in
 * English-language news): never flagged.
 */
export const acceptedLoans: readonly string[] = [
  'baijiu',
  'baozi',
  'erhu',
  'fengshui',
  'gaokao',
  'guzheng',
  'hongbao',
  'hukou',
  'hutong',
  'jiaozi',
  'laowai',
  'mantou',
  'maotai',
  'pinyin',
  'putonghua',
  'qigong',
  'qipao',
  'shaolin',
  'siheyuan',
  'tangyuan',
  'taiji',
  'tuhao',
  'weiqi',
  'wushu',
  'wuxia',
  'xiangqi',
  'yangge',
  'youtiao',
  'zhongkao',
  'zongzi'
]

/**
 * Every syllable of Hanyu Pinyin, without tones (`v` for ü), from the
 * standard syllable table (GB/T 16159).
 */
export const syllables: readonly string[] = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu lv luan lue lve lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nv nuan nue nve nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`.split(
  ' '
)

/**
 * Syllables found in no English word that reads as two to four syllables:
 * of the 115,000 lowercase words of SCOWL's `american-english-large` list,
 * 2,739 split into two to four syllables ("manage", "change", "online" does
 * not), and none of them uses one of these. A word that splits with one of
 * them is pinyin, apart from `englishLookalikes`.
 */
export const distinctiveSyllables: readonly string[] = `bao beng biao bie cang ceng chao cheng chong chua chuai chuan chuang chui chuo cuan cuo dao deng diao diu duan dui eng fei feng gao geng guai guang guo hei heng hong huai huan huang hui huo jia jian jiang jiao jie jiong jiu jue kang kei keng kong kou kua kuai kuan kuang kui kuo lang lao leng liao liu luan lue luo mao mei meng miao miu nang nao nei neng niang niao niu nong nve nuo pao pei peng piao qi qia qian qiang qiao qie qin qing qiong qiu qun reng rua ruan ruo sao seng shai shan shao sheng shua shuai shuan shuang shui shuo song suan suo tao tiao tuan tui tuo weng wu xian xiang xiao xiong xiu xuan xue xun yang yao yi yong yuan yue yun zang zao zei zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zong zou zuan zui zun zuo`.split(
  ' '
)

/**
 * The English words of that list that split into two to four syllables with
 * a distinctive one ("en-ga-ge"). None of the 260,000 words of the WMT news
 * references and machine translations does.
 */
export const englishLookalikes: readonly string[] = [
  'bengaline',
  'disengage',
  'engage',
  'henge',
  'lilangeni',
  'marihuana',
  'melange',
  'picayune',
  'reengage'
]
