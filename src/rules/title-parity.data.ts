// Tables of `title-parity`, written for the rule from the Hanyu Pinyin
// readings of surnames (the common single-character surnames of the Ministry
// of Public Security's surname counts and the common two-character ones;
// where a character reads differently as a surname, 单 shan, 解 xie, 曾 zeng,
// 仇 qiu, that reading) and from the titles of Party and state posts as
// Xinhua's Chinese copy writes them. Characters that are far more often a
// word than a surname (和, 明, 原, 南) are left out, and are never read as one.

/** Surnames in Chinese characters and the romanisations an English text writes for them. */
export const surnameReadings: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...([
    ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
    ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'],
    ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'],
    ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'],
    ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'], ['萧', 'xiao'], ['田', 'tian'],
    ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'],
    ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['苏', 'su'], ['魏', 'wei'], ['丁', 'ding'], ['任', 'ren'],
    ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'], ['谭', 'tan'],
    ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'],
    ['夏', 'xia'], ['韦', 'wei'], ['付', 'fu'], ['傅', 'fu'], ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'],
    ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'],
    ['闫', 'yan'], ['阎', 'yan'], ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['史', 'shi'],
    ['陶', 'tao'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'], ['龚', 'gong'],
    ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['武', 'wu'], ['戴', 'dai'], ['莫', 'mo'],
    ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang'], ['常', 'chang'], ['温', 'wen'], ['康', 'kang'], ['施', 'shi'],
    ['文', 'wen'], ['牛', 'niu'], ['樊', 'fan'], ['葛', 'ge'], ['邢', 'xing'], ['安', 'an'], ['齐', 'qi'],
    ['易', 'yi'], ['乔', 'qiao'], ['伍', 'wu'], ['庞', 'pang'], ['颜', 'yan'], ['倪', 'ni'], ['庄', 'zhuang'],
    ['聂', 'nie'], ['章', 'zhang'], ['鲁', 'lu'], ['岳', 'yue'], ['殷', 'yin'], ['詹', 'zhan'], ['申', 'shen'],
    ['欧', 'ou'], ['耿', 'geng'], ['关', 'guan'], ['兰', 'lan'], ['焦', 'jiao'], ['俞', 'yu'], ['左', 'zuo'],
    ['柳', 'liu'], ['甘', 'gan'], ['祝', 'zhu'], ['包', 'bao'], ['宁', 'ning'], ['尚', 'shang'], ['符', 'fu'],
    ['舒', 'shu'], ['阮', 'ruan'], ['柯', 'ke'], ['纪', 'ji'], ['梅', 'mei'], ['童', 'tong'], ['凌', 'ling'],
    ['毕', 'bi'], ['单', 'shan'], ['季', 'ji'], ['裴', 'pei'], ['霍', 'huo'], ['涂', 'tu'], ['苗', 'miao'],
    ['谷', 'gu'], ['盛', 'sheng'], ['曲', 'qu'], ['翁', 'weng'], ['冉', 'ran'], ['骆', 'luo'], ['蓝', 'lan'],
    ['路', 'lu'], ['游', 'you'], ['辛', 'xin'], ['靳', 'jin'], ['管', 'guan'], ['柴', 'chai'], ['蒙', 'meng'],
    ['鲍', 'bao'], ['华', 'hua'], ['喻', 'yu'], ['祁', 'qi'], ['蒲', 'pu'], ['房', 'fang'], ['滕', 'teng'],
    ['屈', 'qu'], ['饶', 'rao'], ['解', 'xie'], ['牟', 'mou'], ['艾', 'ai'], ['尤', 'you'], ['穆', 'mu'],
    ['卓', 'zhuo'], ['缪', 'miao'], ['车', 'che'], ['项', 'xiang'], ['连', 'lian'], ['褚', 'chu'], ['娄', 'lou'],
    ['窦', 'dou'], ['戚', 'qi'], ['岑', 'cen'], ['景', 'jing'], ['宫', 'gong'], ['费', 'fei'], ['卜', 'bu'],
    ['冷', 'leng'], ['晏', 'yan'], ['席', 'xi'], ['卫', 'wei'], ['米', 'mi'], ['宗', 'zong'], ['瞿', 'qu'],
    ['桂', 'gui'], ['佟', 'tong'], ['臧', 'zang'], ['闵', 'min'], ['苟', 'gou'], ['邬', 'wu'], ['卞', 'bian'],
    ['姬', 'ji'], ['仇', 'qiu'], ['栾', 'luan'], ['隋', 'sui'], ['刁', 'diao'], ['荣', 'rong'], ['巫', 'wu'],
    ['寇', 'kou'], ['桑', 'sang'], ['郎', 'lang'], ['甄', 'zhen'], ['丛', 'cong'], ['仲', 'zhong'], ['虞', 'yu'],
    ['敖', 'ao'], ['巩', 'gong'], ['佘', 'she'], ['迟', 'chi'], ['邝', 'kuang'], ['谌', 'chen'], ['鞠', 'ju'],
    ['冀', 'ji'], ['郁', 'yu'], ['胥', 'xu'], ['栗', 'li'], ['楚', 'chu'], ['鄢', 'yan'], ['奚', 'xi'],
    ['冼', 'xian'], ['蔺', 'lin'], ['闻', 'wen'], ['厉', 'li'], ['仝', 'tong'], ['郜', 'gao'], ['阚', 'kan'],
    ['禹', 'yu'], ['习', 'xi'], ['覃', 'qin'], ['翟', 'zhai'], ['查', 'zha'],
    ['欧阳', 'ouyang'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['上官', 'shangguan'], ['司徒', 'situ'],
    ['皇甫', 'huangfu'], ['慕容', 'murong'], ['令狐', 'linghu'], ['夏侯', 'xiahou'], ['尉迟', 'yuchi']
  ] as const).map(([han, reading]): [string, readonly string[]] => [han, [reading]]),
  // Readings an English text writes besides the Pinyin one.
  ['吕', ['lyu', 'lu', 'lv']],
  ['乐', ['yue', 'le']]
])

/**
 * Titles of posts as they end before a name (`市委常委、副市长张三`): the
 * longer first, so that `书记处书记` counts once. `常委` and `委员` are titles
 * only when no `会` follows (`常委会`, `委员会` are bodies).
 */
export const chineseTitles: readonly string[] = [
  '书记处书记', '主任委员', '秘书长', '副书记', '董事长', '总经理', '理事长', '检察长', '司令员', '书记', '常委',
  '委员', '省长', '市长', '县长', '区长', '州长', '镇长', '乡长', '旗长', '主任', '部长', '局长', '厅长',
  '处长', '科长', '主席', '院长', '校长', '行长', '社长', '会长', '组长', '队长', '政委', '总理', '总裁',
  '所长', '庭长', '馆长', '站长', '大使', '主委'
]

/**
 * What follows a name in Chinese news copy: a verb of the readout or a
 * preposition, so that `张宏森宣布` is read as the name 张宏森 and not 张宏.
 */
export const afterName: readonly string[] = [
  '出席', '主持', '讲话', '表示', '指出', '强调', '说', '在', '等', '和', '与', '及', '一行', '同志', '率', '参加',
  '调研', '会见', '介绍', '宣布', '致辞', '作', '做', '接到', '代表', '对', '向', '到', '带领', '陪同', '称', '认为',
  '告诉', '也', '就', '是', '为', '深入', '前往', '来到', '先后', '要求', '希望', '提出', '听取', '看望', '慰问',
  '检查', '督导', '参观', '考察', '担任', '分别', '还', '回答', '发表', '签署', '接见', '视察', '走访', '赴', '于',
  '将', '已', '曾', '被', '部署', '通报', '宣读', '颁发', '主讲', '率队', '带队', '认真', '充分', '高度', '详细', '访问', '会谈', '抵达', '夫妇'
]

/** Head nouns of English titles: a phrase after `and the` that ends in one names a post. */
export const englishTitleHeads: ReadonlySet<string> = new Set([
  'secretary', 'secretary-general', 'member', 'head', 'director', 'director-general', 'minister', 'mayor',
  'governor', 'chairman', 'chairwoman', 'chairperson', 'commissar', 'commander', 'magistrate', 'president',
  'chief', 'leader', 'premier', 'procurator', 'ambassador', 'manager'
])

/**
 * Characters never read as a surname, though Pinyin gives them a surname's
 * reading: they are far more often a word after a title (`市长和`, `南下`).
 */
export const notSurnames: ReadonlySet<string> = new Set(['和', '明', '原', '南'])
