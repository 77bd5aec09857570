// Runs before `npm start`: rebuilds dist/ only when a source file is newer than the last build, so a start
// after `npm install` (which builds once, in `prepare`) does not compile TypeScript again.
// `--stamp` only records that a build just finished (called at the end of `npm run build`).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

if (process.argv.includes('--stamp')) {
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
  process.exit(0);
}

/** The newest modification time of the files that make up the build. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (/\.(ts|json|html|css|js|sql)$/.test(entry.name))
      latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  newest(path.join(root, 'src')),
  ...['package.json', 'tsconfig.json', 'tsconfig.build.json'].map(
    (f) => statSync(path.join(root, f)).mtimeMs,
  ),
);
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (built >= sources) process.exit(0);
process.stderr.write(
  built === 0 ? 'yimen: building (first start)…\n' : 'yimen: sources changed, rebuilding…\n',
);
execSync('npm run build', { cwd: root, stdio: 'inherit' });
