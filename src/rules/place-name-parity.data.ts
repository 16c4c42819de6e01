// Tables of `place-name-parity`, written for the rule from the administrative
// divisions of the People's Republic of China: the characters that end the
// name of a division, and the provinces and large cities that the Chinese
// copy names without one.

/**
 * Characters that end the name of a division (湘阴县, 长沙市, 湖南省). 州 is
 * also the last syllable of many city names (杭州, 郑州), so the rule tries
 * the name with and without it.
 */
export const placeSuffixes: readonly string[] = ['省', '市', '县', '区', '镇', '乡', '村', '州', '旗']

/** Provinces, regions and large cities written without a suffix. */
export const knownPlaces: readonly string[] = [
  // Provinces and autonomous regions whose English is a transliteration.
  '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
  '湖南', '广东', '广西', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾',
  // Municipalities and provincial capitals.
  '北京', '上海', '天津', '重庆', '石家庄', '太原', '呼和浩特', '沈阳', '长春', '哈尔滨', '南京', '杭州',
  '合肥', '福州', '南昌', '济南', '郑州', '武汉', '长沙', '广州', '南宁', '海口', '成都', '贵阳', '昆明',
  '拉萨', '西安', '兰州', '西宁', '银川', '乌鲁木齐',
  // Other large cities.
  '深圳', '苏州', '宁波', '青岛', '大连', '厦门', '无锡', '东莞', '佛山', '温州', '泉州', '烟台', '唐山',
  '徐州', '常州', '南通', '洛阳', '襄阳', '宜昌', '岳阳', '株洲', '湘潭', '衡阳', '珠海', '汕头', '桂林'
]

/**
 * Words that end in a suffix's character without being a division's name
 * (城市 city, 社区 community, 农村 countryside) or that follow the name as
 * one word (浦东新区, 各县区): the name, if any, ends before them.
 */
export const divisionWords: readonly string[] = [
  '城市', '都市', '社区', '地区', '农村', '乡村', '山区', '市区', '城区', '景区', '园区', '街区', '特区', '辖区',
  '小区', '新区', '牧区', '郊区', '矿区', '省市', '县区', '县市', '乡镇', '村镇', '县乡', '自治州', '自治区', '自治县',
  '开发区', '示范区'
]

/**
 * Older spellings of large cities (Chinese Postal Map Romanization and
 * Wade–Giles), which an English text may still use for the place and which no
 * Pinyin reading comes near.
 */
export const olderSpellings: ReadonlyMap<string, readonly string[]> = new Map([
  ['北京', ['Peking']],
  ['南京', ['Nanking']],
  ['广州', ['Canton']],
  ['天津', ['Tientsin']],
  ['重庆', ['Chungking']],
  ['青岛', ['Tsingtao']],
  ['厦门', ['Amoy']],
  ['福州', ['Foochow']],
  ['杭州', ['Hangchow']],
  ['苏州', ['Soochow']],
  ['汕头', ['Swatow']]
])

/**
 * Words after which an older spelling is part of a fixed name that keeps it
 * ("Peking University", "Tsingtao Brewery", "Canton Tower"), not the place.
 */
export const fixedNameWords: ReadonlyArray<string> = [
  'university', 'union', 'opera', 'duck', 'man', 'brewery', 'beer', 'fair', 'tower', 'college', 'hospital',
  'road', 'garden', 'gardens', 'school', 'review'
]
