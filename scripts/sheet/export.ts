import { exportPlan } from './plan.ts';

// npm run sheet:export -- plan.xlsx: every editable field of every item as a workbook.

export async function main(args: string[], root: string): Promise<number> {
  const out = args.find((a) => !a.startsWith('--'));
  if (!out) {
    console.error('Usage: npm run sheet:export -- plan.xlsx');
    return 2;
  }
  const { code, lines } = await exportPlan(root, out);
  for (const line of lines) console.log(line);
  return code;
}
