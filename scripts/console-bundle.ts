// Bundles the operator console's browser code (src/web/console/, TypeScript) into dist/web/console.js
// with esbuild. Used by `npm run build` (scripts/build-console.ts) and once before the tests
// (tests/helpers/build-console-global-setup.ts), so the served file is always built from the source.
import path from 'node:path';
import { build, context, type BuildOptions, type Metafile } from 'esbuild';
import { PROJECT_ROOT, WEB_BUNDLE_DIR } from '../src/paths.js';

/** The console's source folder; nothing outside it may end up in the bundle. */
export const CONSOLE_SOURCE_DIR = path.join(PROJECT_ROOT, 'src', 'web', 'console');

/** The bundle the server serves at /console.js. */
export const CONSOLE_BUNDLE = path.join(WEB_BUNDLE_DIR, 'console.js');

const options = {
  entryPoints: [path.join(CONSOLE_SOURCE_DIR, 'main.ts')],
  outfile: CONSOLE_BUNDLE,
  tsconfig: path.join(CONSOLE_SOURCE_DIR, 'tsconfig.json'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // The browsers a window or hotline desk runs today; the code uses nothing newer than ES2022.
  target: ['es2022', 'chrome100', 'firefox100', 'safari15', 'edge100'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * The inputs that are not console source: server modules reached by a value import where a type-only
 * import was meant. Type-only imports are erased, so a correct console leaves this empty.
 */
export function foreignInputs(metafile: Metafile): string[] {
  const own = path.relative(PROJECT_ROOT, CONSOLE_SOURCE_DIR) + path.sep;
  return Object.keys(metafile.inputs).filter((input) => !path.normalize(input).startsWith(own));
}

function assertOnlyConsoleSource(metafile: Metafile): void {
  const foreign = foreignInputs(metafile);
  if (foreign.length > 0)
    throw new Error(
      `the console bundle pulled in code from outside src/web/console/ (use \`import type\`): ${foreign.join(', ')}`,
    );
}

/** Builds dist/web/console.js once; throws on a type-stripping or bundling error, or on server code in it. */
export async function buildConsoleBundle(): Promise<Metafile> {
  // esbuild resolves relative to the working directory; pin it so the metafile paths are project-relative.
  const result = await build({ ...options, absWorkingDir: PROJECT_ROOT });
  assertOnlyConsoleSource(result.metafile);
  return result.metafile;
}

/** Rebuilds on every change under src/web/console/ until the process ends (for `npm run dev`). */
export async function watchConsoleBundle(): Promise<void> {
  const ctx = await context({
    ...options,
    absWorkingDir: PROJECT_ROOT,
    plugins: [
      {
        name: 'only-console-source',
        setup(pluginBuild) {
          pluginBuild.onEnd((result) => {
            if (result.metafile) assertOnlyConsoleSource(result.metafile);
          });
        },
      },
    ],
  });
  await ctx.watch();
}
