import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  // Runs from src/ (tsx, vitest) or from dist/src/ (npm start); walk up to the package.json.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the yimen package root above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/** Absolute path of the project root, where content folders (intents/, knowledge/ …) live. */
export const PROJECT_ROOT = findProjectRoot();

/** Resolves a path inside the project root. */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}

/** Where the build writes the browser bundles (console.js); git-ignored, made by `npm run build`. */
export const WEB_BUNDLE_DIR = projectPath('dist', 'web');
