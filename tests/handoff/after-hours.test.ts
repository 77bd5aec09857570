import { describe, expect, it } from 'vitest';
import { nextOfficeOpening } from '../../src/handoff/after-hours.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import { projectPath } from '../../src/paths.js';

const silent = { info: () => undefined, warn: () => undefined };

describe('when a person will read a message sent after hours', () => {
  it('skips the National Day holiday to the first working morning', async () => {
    const registry = await loadLocalities({ dir: projectPath('localities'), logger: silent });
    const profile = registry.default();
    // Wednesday 30 September 2026, 20:00 in Beijing; 1–7 October are the holiday.
    const opening = nextOfficeOpening(new Date('2026-09-30T12:00:00Z'), profile);
    expect(opening?.toISOString()).toBe('2026-10-08T00:30:00.000Z');
  });

  it('during office hours the next opening is now', async () => {
    const registry = await loadLocalities({ dir: projectPath('localities'), logger: silent });
    const at = new Date('2026-11-24T02:00:00Z');
    expect(nextOfficeOpening(at, registry.default())?.toISOString()).toBe(at.toISOString());
  });
});
