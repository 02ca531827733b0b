import { loadLang } from '../../src/i18n';

// The page fetches the English table when it first needs it (src/i18n/index.ts); the unit tests read
// both languages throughout, so each test file starts with both.
await loadLang('en');
