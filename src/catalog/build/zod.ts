import { z } from 'zod';

// Zod compiles its object parsers with `new Function` where it can, and finds out whether it can by
// trying. In the page (the update view checks a workbook with these schemas) the Content Security Policy
// forbids that, and the browser reports even the refused try as a violation. Set before any schema is
// made, since each reads the setting once when it is made: every schema module imports `z` from here.
z.config({ jitless: true });

export { z };
