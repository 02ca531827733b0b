import type { Slide } from './types';

// A slide with every field at its empty value, for the meeting mode's tests to change what they test.

export const slideOf = (over: Partial<Slide> = {}): Slide => ({
  id: 'timeline',
  kind: 'timeline',
  zone: null,
  districts: [],
  categories: [],
  statuses: [],
  item: null,
  bounds: [116.2, 36, 117.9, 37.5],
  title_zh: '',
  title_en: '',
  note_zh: '',
  note_en: '',
  notes: { zh: '', en: '' },
  ...over,
});
