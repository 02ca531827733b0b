/**
 * The interface's own colours: the panel, the card, the exported image's furniture. The style sheets
 * read them as custom properties (--ink, --ink-soft and so on), written by scripts/vite/tokens.ts.
 */
export const chrome = {
  ink: '#1f1c17',
  inkSoft: '#5a554b',
  paper: '#fffdf8',
  line: '#e3ded2',
  accent: '#1f4e79',
  accentSoft: '#e6eef6',
  /** The edge of a notice that something is missing (the overview drawn without WebGL2). */
  caution: '#b8651b',
  /** A soft yellow that marks what is chosen or changed: a chosen district, the local-edits banner. */
  highlight: '#fff4d6',
  /** The panel's and the image's legend shadow. */
  shadowColour: 'rgba(40, 32, 20, 0.14)',
} as const;

// Basemap colours: quiet enough that the plan's items, drawn on top, carry the colour.
export const palette = {
  background: '#eceae4',
  sea: '#c9dcea',
  seaLabel: '#5c7f99',
  shandong: '#f3f2ee',
  shandongLine: '#d4d2ca',
  neighbour: '#e7e5de',
  neighbourLine: '#bdbab0',
  neighbourLabel: '#8d897e',
  district: ['#fbf8f1', '#f6f3ea', '#f9f5ec', '#f4f1e8'],
  districtLine: '#a39d8f',
  districtChosen: chrome.highlight,
  districtChosenLine: chrome.accent,
  outline: '#4f4a40',
  river: '#5e9bc7',
  lake: '#c9dcea',
  label: '#2f2b24',
  labelHalo: 'rgba(255,255,255,0.92)',
} as const;

/**
 * The saved image's furniture (title band, legend, scale bar, north arrow) in the page's own ink and
 * paper, so that the picture reads as the page does; plus the white it needs.
 */
export const uiPalette = {
  ...chrome,
  white: '#ffffff',
} as const;
