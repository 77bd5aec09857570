// Identity fields as residents type them, round nine: an ID and a phone glued together, a phone followed by
// stray digits, a refused ID after a phone, a landline, a traditional-character name recorded in simplified characters (since round 40). Own sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import { fillFields } from '../../src/flows/application/fill.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { toSimplified } from '../../src/text/to-simplified.js';
import { fakeIdNumber, withWrongCheck } from '../helpers/id-numbers.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

const IDENTITY = ['applicant_name', 'id_number', 'phone'];
const ID = fakeIdNumber('19540921', 318);
const PHONE = '15861234907';

function fill(names: string[], text: string) {
  const definition = forms.forType('minimum_living');
  const asked = definition.fields.filter((f) => names.includes(f.name));
  return fillFields({}, definition, text, extractEntities(text), asked);
}

describe('an ID number and a phone in one message', () => {
  it.each([`赵金花${ID}${PHONE}`, `赵金花 ${PHONE}${ID}`, `赵金花，号码${ID}${PHONE}`])(
    'splits numbers typed with nothing between them: %s',
    (text) => {
      const { fields } = fill(IDENTITY, text);
      expect(fields).toMatchObject({ applicant_name: '赵金花', id_number: ID, phone: PHONE });
    },
  );

  it('takes a phone typed in groups before stray digits as the phone, not as a wrong ID', () => {
    const { fields, problems } = fill(['phone'], '158 6123 4907 0001234');
    expect(fields.phone).toBe(PHONE);
    expect(problems).toEqual([]);
  });

  it('tells about the check digit of the ID when a phone comes before it', () => {
    const { fields, problems } = fill(IDENTITY, `赵金花 ${PHONE} ${withWrongCheck(ID)}`);
    expect(fields.phone).toBe(PHONE);
    expect(fields.id_number).toBeUndefined();
    expect(problems.map((p) => p.problem).join()).toContain('校验码');
  });
});

describe('a landline given for the mobile', () => {
  it.each(['0523-87654321', '家里座机 87654321', '(0523)8765 4321'])(
    'asks kindly for a mobile: %s',
    (text) => {
      const { fields, problems } = fill(['phone'], text);
      expect(fields.phone).toBeUndefined();
      expect(problems[0]?.problem).toContain('座机');
    },
  );

  it('keeps the mobile told beside a landline', () => {
    expect(fill(['phone'], `座机0523-87654321 手机${PHONE}`).fields.phone).toBe(PHONE);
  });
});

describe('a name typed in traditional characters', () => {
  // Round 40: recorded as on a mainland ID card and household register, in simplified characters (the staff search
  // and the duplicate guard read simplified ones); the writers of sets BB, BD and BE expected the same.
  it.each([
    ['我叫鄭秀蘭', '郑秀兰'],
    ['歐陽誌遠', '欧阳志远'],
    ['陳 美 鳳', '陈美凤'],
  ])('is recorded in simplified characters: %s', (typed, name) => {
    const text = toSimplified(typed);
    expect(fill(['applicant_name'], text).fields.applicant_name).toBe(name);
  });
});

describe('an answer to the name question that is no name', () => {
  it.each(['就我本人自己', '替我老伴', '帮我爸申请的', '等会再说', '火车站那边', '电话在上面'])(
    'fills no name: %s',
    (text) => {
      expect(fill(['applicant_name'], text).fields.applicant_name).toBeUndefined();
    },
  );

  it.each([
    ['上官 婉儿', '上官婉儿'],
    ['诸葛 明', '诸葛明'],
    ['孙秀英我婆婆', '孙秀英'],
    ['周大海是我爸', '周大海'],
  ])('joins a compound surname typed apart and leaves who the person is: %s', (text, name) => {
    expect(fill(['applicant_name'], text).fields.applicant_name).toBe(name);
  });

  it('still takes a name with a surname outside the common list', () => {
    expect(fill(['applicant_name'], '扈三娘').fields.applicant_name).toBe('扈三娘');
  });
});

describe('household size among other words and numbers', () => {
  it.each([
    ['总共5个，我 媳妇 俩闺女 我娘', 5],
    ['成员：我、老伴、孙女', 3],
    ['两个娃跟我们两口子', 4],
  ] as const)('reads %s as %i', (text, size) => {
    expect(fill(['household_size'], text).fields.household_size).toBe(size);
  });
});
