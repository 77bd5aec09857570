import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextStepsFor } from '../../src/cases/where-to-go.js';
import { loadLocalities, parseLocalityProfile } from '../../src/localities/load-localities.js';
import type { LocalityProfile } from '../../src/localities/schema.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';

const dir = fileURLToPath(new URL('../../localities', import.meta.url));
const AT = new Date('2026-11-24T02:00:00Z');
let jiangyin: LocalityProfile;
let jiangyinText: string;

beforeAll(async () => {
  const registry = await loadLocalities({ dir, logger: { warn: () => undefined } });
  jiangyin = registry.get('320281')!;
  jiangyinText = await readFile(`${dir}/jiangyin.yaml`, 'utf8');
});

describe('next steps after registration', () => {
  it("sends a department's own cases to its office and everything else to the window", () => {
    expect(nextStepsFor(jiangyin, 'disabled_federation', {}, AT).office?.name).toBe(
      '江阴市残疾人联合会服务窗口',
    );
    const window = nextStepsFor(jiangyin, 'civil_affairs', {}, AT).office;
    expect(window?.name).toBe('江阴市社会救助中心受理窗口');
    expect(window?.hoursText).toContain('08:30–12:00');
    expect(window?.exampleValues).toBe(true);
  });

  it('offers the committee to the elderly and the sick, but not when the committee is already applying', () => {
    const elderly = { id_number: fakeIdNumber('19480101', 201) };
    expect(nextStepsFor(jiangyin, 'civil_affairs', elderly, AT).proxyOffer).toContain('村（居）委会');
    expect(
      nextStepsFor(jiangyin, 'civil_affairs', { self_care: '完全不能自理' }, AT).proxyOffer,
    ).toBeDefined();
    expect(
      nextStepsFor(jiangyin, 'civil_affairs', { ...elderly, applicant_relation: '村（居）委会代为申请' }, AT)
        .proxyOffer,
    ).toBeUndefined();
    const young = { id_number: fakeIdNumber('19900101', 201), hardship: '没了工作' };
    expect(nextStepsFor(jiangyin, 'civil_affairs', young, AT).proxyOffer).toBeUndefined();
  });

  it('names nothing when a profile has no offices', () => {
    const { offices: _offices, proxyApplication: _proxy, ...bare } = jiangyin;
    expect(nextStepsFor(bare, 'civil_affairs', {}, AT)).toEqual({});
  });

  it('refuses an office that is neither the window nor a listed department, and offices without a window', () => {
    const stray = parseLocalityProfile(
      jiangyinText.replace(
        '  disabled_federation:\n    name: 江阴市残疾人联合会服务窗口',
        '  animal_welfare:\n    name: 某窗口',
      ),
    );
    expect(stray.ok ? [] : stray.problems).toContainEqual(expect.stringContaining('offices.animal_welfare'));
    const noWindow = parseLocalityProfile(jiangyinText.replace(/^ {2}window:$/m, '  civil_affairs:'));
    expect(noWindow.ok ? [] : noWindow.problems).toContainEqual(expect.stringContaining('offices.window'));
  });
});
