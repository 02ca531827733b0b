import path from 'node:path';
import { runnerImport } from 'vite';

// Runs one of the TypeScript commands of this folder with Vite's module runner (the project's own
// TypeScript toolchain; Node 20 cannot run .ts by itself): node scripts/sheet/run.mjs export plan.xlsx

const [command, ...args] = process.argv.slice(2);
if (command !== 'export' && command !== 'import') {
  console.error('Usage: node scripts/sheet/run.mjs export|import FILE.xlsx [--dry-run]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const { module } = await runnerImport(path.join(import.meta.dirname, `${command}.ts`), {
  configFile: false,
  root,
  logLevel: 'error',
});
// npm runs scripts in the project's folder; a file named on the command line is where the user was.
const cwd = process.env.INIT_CWD ?? process.cwd();
const files = args.map((a) => (a.startsWith('--') ? a : path.resolve(cwd, a)));
try {
  process.exitCode = await module.main(files, root);
} catch (e) {
  // A file that cannot be read or written, or data the workbook cannot hold: the message, not a stack.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
