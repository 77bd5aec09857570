import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { foreignInputs } from '../../scripts/console-bundle.js';

const metafile = (...inputs: string[]): Metafile => ({
  inputs: Object.fromEntries(inputs.map((path) => [path, { bytes: 1, imports: [] }])),
  outputs: {},
});

describe('the console bundle check', () => {
  it('accepts console source only and names any server module a value import pulled in', () => {
    expect(foreignInputs(metafile('src/web/console/main.ts', 'src/web/console/api.ts'))).toEqual([]);
    expect(
      foreignInputs(
        metafile('src/web/console/main.ts', 'src/handoff/handoff-types.ts', 'node_modules/zod/index.js'),
      ),
    ).toEqual(['src/handoff/handoff-types.ts', 'node_modules/zod/index.js']);
  });
});
