import type { TestProject } from 'vitest/node';
import { buildCatalog } from '../../src/catalog/build/pipeline.ts';
import { readInputs } from '../vite/catalog.ts';
import { ROOT } from './realCatalog.ts';

/** Builds the real catalogue once for the whole unit run (see realCatalog.ts). */
export default function setup(project: TestProject): void {
  project.provide('realCatalog', buildCatalog(readInputs(ROOT)));
}
