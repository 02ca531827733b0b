#!/usr/bin/env node
// Checks every item against the text of the report it comes from: its `report_quote` must occur in
// the report word for word, and its `report_section` must be one of the report's headings (a line
// of its own). The report's text is not part of this repository; pass the path of a copy.
// Usage: node scripts/geo/check-report.mjs path/to/report.txt
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const reportPath = process.argv[2];
if (!reportPath || !fs.existsSync(reportPath)) {
  console.error('usage: node scripts/geo/check-report.mjs path/to/report.txt (the file was not found)');
  process.exit(2);
}
const report = fs.readFileSync(reportPath, 'utf8');
const headings = new Set(report.split('\n').map((l) => l.trim()));
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geo/items');
const problems = [];
let checked = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
  for (const { properties: p } of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).features) {
    checked += 1;
    if (!report.includes(p.report_quote))
      problems.push(`${file} · ${p.id} · report_quote not found in the report: ${p.report_quote}`);
    if (!headings.has(p.report_section))
      problems.push(`${file} · ${p.id} · report_section is not a heading of the report: ${p.report_section}`);
  }
}
for (const problem of problems) console.error(problem);
console.log(
  `report: ${checked - new Set(problems.map((m) => m.split(' · ')[1])).size} passed, ${new Set(problems.map((m) => m.split(' · ')[1])).size} failed`,
);
process.exit(problems.length ? 1 : 0);
