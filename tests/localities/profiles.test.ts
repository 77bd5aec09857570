import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSISTANCE_TYPES } from '../../src/nlu/types.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import type { LocalityRegistry } from '../../src/localities/locality-registry.js';

const dir = fileURLToPath(new URL('../../localities', import.meta.url));
const JIANGYIN = '320281';
const SHANDONG = '370000';

let registry: LocalityRegistry;
const warnings: string[] = [];

beforeAll(async () => {
  registry = await loadLocalities({ dir, logger: { warn: (_obj, msg) => warnings.push(msg) } });
});

describe('the shipped locality profiles', () => {
  it('load without a single warning', () => {
    expect(warnings).toEqual([]);
    expect(registry.list().map((p) => p.code)).toEqual([JIANGYIN, SHANDONG]);
  });

  it('江阴 is the default', () => {
    expect(registry.default().code).toBe(JIANGYIN);
    expect(registry.default().regionPath).toEqual(['江苏省', '无锡市', '江阴市']);
  });

  it('every assistance type routes somewhere in both profiles', () => {
    for (const code of [JIANGYIN, SHANDONG]) {
      for (const type of ASSISTANCE_TYPES) {
        const department = registry.departmentFor(code, type);
        expect(department?.name, `${code} ${type}`).toBeTruthy();
        if (department?.jointMeeting) expect(department.code).toBe('joint_meeting');
      }
    }
  });

  it('江阴 routes as seed 000 section 四 says, with no type left to the joint meeting', () => {
    expect(registry.departmentFor(JIANGYIN, 'medical')).toMatchObject({
      code: 'human_resources',
      name: '江阴市人力资源和社会保障局',
    });
    expect(registry.departmentFor(JIANGYIN, 'legal_aid')).toMatchObject({
      code: 'justice',
      jointMeeting: false,
    });
    expect(registry.departmentFor(JIANGYIN, 'family_planning')?.code).toBe('health');
    expect(registry.departmentFor(JIANGYIN, 'disability')?.note).toMatch(/两项补贴.*民政/);
    for (const type of ASSISTANCE_TYPES)
      expect(registry.departmentFor(JIANGYIN, type)?.jointMeeting, type).toBe(false);
  });

  it('山东 routes as seed 003 三(二) says, and sends types without a lead department to the joint meeting', () => {
    expect(registry.departmentFor(SHANDONG, 'medical')).toMatchObject({
      code: 'civil_affairs',
      jointMeeting: false,
    });
    expect(registry.departmentFor(SHANDONG, 'family_planning')?.code).toBe('health');
    expect(registry.departmentFor(SHANDONG, 'worker_hardship')?.code).toBe('trade_union');
    for (const type of ['legal_aid', 'youth', 'women_children', 'vagrant', 'red_cross', 'charity'] as const) {
      expect(registry.departmentFor(SHANDONG, type), type).toMatchObject({
        code: 'joint_meeting',
        jointMeeting: true,
        name: '社会救助工作领导小组（部门联席会议）',
      });
    }
  });

  it('every assistance type has its own materials checklist, and every conditional item says when', () => {
    for (const code of [JIANGYIN, SHANDONG]) {
      for (const type of ASSISTANCE_TYPES) {
        const checklist = registry.materialsFor(code, type);
        expect(checklist?.fromGeneral, `${code} ${type}`).toBe(false);
        expect(checklist?.items.length, `${code} ${type}`).toBeGreaterThan(0);
        for (const item of checklist?.items ?? []) {
          expect(item.note).not.toBe('');
          if (item.conditional) expect(item.when, `${code} ${type} ${item.name}`).toBeTruthy();
        }
      }
    }
  });

  it('the 低保 checklist has what DOMAIN.md lists, the declaration with the honesty commitment included', () => {
    const names =
      registry
        .materialsFor(JIANGYIN, 'minimum_living')
        ?.items.map((i) => i.name)
        .join('|') ?? '';
    for (const needed of ['户口簿', '身份证', '守信承诺', '核对授权书']) expect(names).toContain(needed);
  });

  it('临时救助 asks existing 低保/特困 recipients only for proof of the hardship', () => {
    const items = registry.materialsFor(JIANGYIN, 'temporary')?.items ?? [];
    const always = items.filter((i) => !i.conditional).map((i) => i.name);
    expect(always).toEqual(['困难情况证明']);
  });

  it('list the emergency lines as 24-hour and do not promise 12349 around the clock', () => {
    for (const profile of registry.list()) {
      for (const number of ['110', '120', '119', '12345']) {
        expect(profile.hotlines.find((h) => h.number === number)?.hours24, `${profile.code} ${number}`).toBe(
          true,
        );
      }
      expect(profile.hotlines.find((h) => h.number === '12349')?.hours24).toBe(false);
    }
  });

  it('carry the seeds’ deadlines: transfer in 2 working days, feedback 2 days after completion', () => {
    for (const profile of registry.list()) {
      expect(profile.sla).toEqual({ transferWorkingDays: 2, feedbackDaysAfterCompletion: 2 });
    }
  });

  it('an unknown locality code gives no answer rather than another place’s', () => {
    expect(registry.get('110105')).toBeUndefined();
    expect(registry.departmentFor('110105', 'medical')).toBeUndefined();
    expect(registry.materialsFor('110105', 'medical')).toBeUndefined();
  });
});
