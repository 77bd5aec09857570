// npm run build:db-template — writes dist/pglite-template, the migrated embedded database a new DATA_DIR starts
// from (src/store/pglite-template.ts). Part of `npm run build`, so `npm install` (prepare) makes it once.
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { buildPgliteTemplate } from '../src/store/build-pglite-template.js';
import { PGLITE_TEMPLATE_DIR } from '../src/store/pglite-template.js';

const started = performance.now();
const manifest = await buildPgliteTemplate();
console.log(
  `${path.relative(PROJECT_ROOT, PGLITE_TEMPLATE_DIR)}: PGlite ${manifest.pglite}, ${Object.keys(manifest.migrations).length} migrations, ${Math.round(performance.now() - started)} ms`,
);
