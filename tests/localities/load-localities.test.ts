import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  NoLocalitiesError,
  loadLocalities,
  parseLocalityProfile,
} from '../../src/localities/load-localities.js';

const shipped = fileURLToPath(new URL('../../localities', import.meta.url));

type Raw = Record<string, unknown> & {
  routing: Record<string, string>;
  materials: Record<string, unknown>;
  departments: Record<string, string>;
};

async function shippedProfile(name: 'jiangyin' | 'shandong'): Promise<Raw> {
  return parse(await readFile(join(shipped, `${name}.yaml`), 'utf8')) as Raw;
}

function problemsOf(raw: unknown): string[] {
  const result = parseLocalityProfile(stringify(raw));
  return result.ok ? [] : [...result.problems];
}

interface Warning {
  obj: object;
  msg: string;
}

let dir: string;
let warnings: Warning[];
const logger = { warn: (obj: object, msg: string) => warnings.push({ obj, msg }) };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yimen-localities-'));
  warnings = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loading locality profiles', () => {
  it('a malformed profile is skipped with its name logged', async () => {
    await writeFile(join(dir, 'jiangyin.yaml'), stringify(await shippedProfile('jiangyin')));
    await writeFile(join(dir, 'broken.yaml'), 'code: "320282\nname: [unclosed\n');
    const unrouted = await shippedProfile('shandong');
    delete unrouted.routing.vagrant;
    await writeFile(join(dir, 'unrouted.yaml'), stringify(unrouted));

    const registry = await loadLocalities({ dir, logger });

    expect(registry.list().map((p) => p.code)).toEqual(['320281']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]?.msg).toMatch(/broken\.yaml is invalid and was skipped: YAML/);
    expect(warnings[0]?.obj).toMatchObject({ file: 'broken.yaml' });
    expect(warnings[1]?.msg).toMatch(
      /unrouted\.yaml is invalid and was skipped: routing\.vagrant: no route for "vagrant"/,
    );
  });

  it('a profile that leaves an assistance type without a name is refused, naming the type', async () => {
    const unnamed = await shippedProfile('jiangyin');
    delete (unnamed as unknown as { assistanceTypes: Record<string, unknown> }).assistanceTypes.charity;
    expect(parseLocalityProfile(stringify(unnamed))).toMatchObject({ ok: false });
    const parsed = parseLocalityProfile(stringify(unnamed));
    expect(JSON.stringify(parsed)).toContain('assistanceTypes.charity');
  });

  it('zero valid profiles is a clear error, not an empty registry', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'just: [text');
    await expect(loadLocalities({ dir, logger })).rejects.toThrow(NoLocalitiesError);
    await expect(loadLocalities({ dir, logger })).rejects.toThrow(
      /no valid locality profile in .*1 file\(s\) tried/,
    );
  });

  it('a missing directory is a clear error too', async () => {
    await expect(loadLocalities({ dir: join(dir, 'nope'), logger })).rejects.toThrow(
      /cannot read the localities directory/,
    );
  });

  it('a second profile with the same code is skipped with both file names logged', async () => {
    const jiangyin = stringify(await shippedProfile('jiangyin'));
    await writeFile(join(dir, 'a.yaml'), jiangyin);
    await writeFile(join(dir, 'b.yaml'), jiangyin);
    const registry = await loadLocalities({ dir, logger });
    expect(registry.list()).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/b\.yaml repeats code 320281 already loaded from a\.yaml/);
  });

  it('with two defaults the first by file name wins, visibly', async () => {
    const shandong = await shippedProfile('shandong');
    shandong.default = true;
    await writeFile(join(dir, 'jiangyin.yaml'), stringify(await shippedProfile('jiangyin')));
    await writeFile(join(dir, 'shandong.yaml'), stringify(shandong));
    const registry = await loadLocalities({ dir, logger });
    expect(registry.default().code).toBe('320281');
    expect(warnings[0]?.msg).toMatch(/2 locality profiles say "default: true"; using jiangyin\.yaml/);
  });

  it('with no default the first by file name is used, visibly', async () => {
    await writeFile(join(dir, 'shandong.yaml'), stringify(await shippedProfile('shandong')));
    const registry = await loadLocalities({ dir, logger });
    expect(registry.default().code).toBe('370000');
    expect(warnings[0]?.msg).toMatch(/no locality profile has "default: true"; using shandong\.yaml/);
  });

  it('drafts starting with "_" and non-YAML files are not loaded', async () => {
    await writeFile(join(dir, 'jiangyin.yaml'), stringify(await shippedProfile('jiangyin')));
    await writeFile(join(dir, '_draft.yaml'), 'not: [valid');
    await writeFile(join(dir, 'README.md'), '# notes');
    await loadLocalities({ dir, logger });
    expect(warnings).toEqual([]);
  });
});

describe('validating one profile', () => {
  it('accepts both shipped profiles', async () => {
    expect(problemsOf(await shippedProfile('jiangyin'))).toEqual([]);
    expect(problemsOf(await shippedProfile('shandong'))).toEqual([]);
  });

  it('rejects a route to a department missing from the table', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.routing.medical = 'medical_security';
    expect(problemsOf(raw)).toEqual([
      'routing.medical: "medical" routes to "medical_security", which is not in departments',
    ]);
  });

  it('accepts joint_meeting as a route but not as a department', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.routing.charity = 'joint_meeting';
    expect(problemsOf(raw)).toEqual([]);
    raw.departments.joint_meeting = '联席会议';
    expect(problemsOf(raw).join()).toMatch(/reserved for the joint meeting/);
  });

  it('rejects a conditional material without a when note', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.materials.vagrant = [{ name: '居民身份证', note: '有就带上', conditional: true }];
    expect(problemsOf(raw)).toEqual(['materials.vagrant.0.when: a conditional item needs a `when` note']);
  });

  it('falls back to the general checklist for a type without its own', async () => {
    const raw = await shippedProfile('jiangyin');
    delete raw.materials.charity;
    const result = parseLocalityProfile(stringify(raw));
    expect(result.ok).toBe(true);
    delete raw.materials.general;
    expect(problemsOf(raw)).toEqual([
      'materials.charity: no materials for "charity" and no "general" list to fall back on',
    ]);
  });

  it('rejects a misspelt key instead of ignoring it', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.defualt = true;
    expect(problemsOf(raw).join()).toMatch(/defualt/);
  });

  it('rejects an unknown assistance type in routing', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.routing.minimun_living = 'civil_affairs';
    expect(problemsOf(raw).join()).toMatch(/routing/);
  });

  it('accepts an unquoted locality code but not a malformed one', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.code = 320281;
    expect(problemsOf(raw)).toEqual([]);
    raw.code = '32028';
    expect(problemsOf(raw).join()).toMatch(/^code: must be a 6-digit/);
  });

  it('rejects an unknown time zone', async () => {
    const raw = await shippedProfile('jiangyin');
    raw.timezone = 'Asia/Beijing';
    expect(problemsOf(raw)).toEqual(['timezone: must be an IANA time zone, e.g. Asia/Shanghai']);
  });
});
