import { importPlan } from './plan.ts';

// npm run sheet:import -- plan.xlsx [--dry-run]: checks the workbook with the build's rules, prints
// the changes and writes them into geo/items/ (nothing at all if any row has a problem).

export async function main(args: string[], root: string): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (!file || unknown.length > 0) {
    console.error('Usage: npm run sheet:import -- plan.xlsx [--dry-run]');
    return 2;
  }
  const { code, lines } = await importPlan(root, file, { dryRun: args.includes('--dry-run') });
  for (const line of lines) (code === 0 ? console.log : console.error)(line);
  return code;
}
