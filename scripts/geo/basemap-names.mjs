// Names and codes the basemap script attaches to the source polygons (adcodes: GB/T 2260).
export const DISTRICT_NAMES = {
  370102: { name_zh: '历下区', name_en: 'Lixia District', kind: 'district' },
  370103: { name_zh: '市中区', name_en: 'Shizhong District', kind: 'district' },
  370104: { name_zh: '槐荫区', name_en: 'Huaiyin District', kind: 'district' },
  370105: { name_zh: '天桥区', name_en: 'Tianqiao District', kind: 'district' },
  370112: { name_zh: '历城区', name_en: 'Licheng District', kind: 'district' },
  370113: { name_zh: '长清区', name_en: 'Changqing District', kind: 'district' },
  370114: { name_zh: '章丘区', name_en: 'Zhangqiu District', kind: 'district' },
  370115: { name_zh: '济阳区', name_en: 'Jiyang District', kind: 'district' },
  370116: { name_zh: '莱芜区', name_en: 'Laiwu District', kind: 'district' },
  370117: { name_zh: '钢城区', name_en: 'Gangcheng District', kind: 'district' },
  370124: { name_zh: '平阴县', name_en: 'Pingyin County', kind: 'county' },
  370126: { name_zh: '商河县', name_en: 'Shanghe County', kind: 'county' },
};

export const PREFECTURE_NAMES = {
  370200: { name_zh: '青岛市', name_en: 'Qingdao' },
  370300: { name_zh: '淄博市', name_en: 'Zibo' },
  370400: { name_zh: '枣庄市', name_en: 'Zaozhuang' },
  370500: { name_zh: '东营市', name_en: 'Dongying' },
  370600: { name_zh: '烟台市', name_en: 'Yantai' },
  370700: { name_zh: '潍坊市', name_en: 'Weifang' },
  370800: { name_zh: '济宁市', name_en: 'Jining' },
  370900: { name_zh: '泰安市', name_en: "Tai'an" },
  371000: { name_zh: '威海市', name_en: 'Weihai' },
  371100: { name_zh: '日照市', name_en: 'Rizhao' },
  371300: { name_zh: '临沂市', name_en: 'Linyi' },
  371400: { name_zh: '德州市', name_en: 'Dezhou' },
  371500: { name_zh: '聊城市', name_en: 'Liaocheng' },
  371600: { name_zh: '滨州市', name_en: 'Binzhou' },
  371700: { name_zh: '菏泽市', name_en: 'Heze' },
};

/** The five prefectures that border Jinan: 德州、聊城、泰安、淄博、滨州. */
export const NEIGHBOURS = [371400, 371500, 370900, 370300, 371600];

/** The region the basemap covers (W, S, E, N): Jinan with its neighbours and the coast at 羊口. */
export const BBOX = [115.4, 35.3, 119.4, 38.4];
