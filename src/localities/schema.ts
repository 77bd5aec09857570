/**
 * The shape of a locality profile (localities/*.yaml): who handles which assistance type in one
 * place, what to bring, which numbers to call and when the window is open. See localities/README.md.
 */
import { z } from 'zod';
import { ASSISTANCE_TYPES } from '../nlu/types.js';
import { isKnownTimeZone } from '../cases/local-date.js';
import { answerCondition } from './answer-condition.js';

/** The routing target for a type no department clearly owns: the joint meeting's queue (联席会议). */
export const JOINT_MEETING = 'joint_meeting';

/** Key of the materials checklist used for any type without its own list. */
export const GENERAL_MATERIALS = 'general';

/** Key of the materials added to every type's list (a proxy's authorisation …), usually with a `showIf`. */
export const COMMON_MATERIALS = 'common';

/** Key of the office that accepts every kind of help (the one window, 一门受理). */
export const WINDOW_OFFICE = 'window';

// YAML reads an unquoted 320281 as a number; accept it rather than fail a county on a missing quote.
const localityCode = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().regex(/^[1-9]\d{5}$/, 'must be a 6-digit administrative division code (GB/T 2260), e.g. 320281'),
);

const departmentCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'department codes are lower_snake_case ASCII, e.g. civil_affairs');

const chineseText = z.string().trim().min(1, 'must not be empty');

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM, e.g. 08:30 (quote it in YAML)');

const hotline = z.strictObject({
  kind: z.enum(['social_assistance', 'citizen', 'police', 'ambulance', 'fire', 'other']),
  number: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^[0-9-]{3,20}$/)),
  label: chineseText,
  /** True only when the line is staffed around the clock; residents in crisis are told this. */
  hours24: z.boolean(),
  purpose: chineseText,
  note: chineseText.optional(),
});

const officeWindow = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((w) => w.start < w.end, { message: 'start must be before end' });

const officeHours = z.strictObject({
  // Only one rule is supported today; naming it keeps the data honest about what it means.
  days: z.literal('official_working_days'),
  windows: z.array(officeWindow).min(1),
  note: chineseText.optional(),
});

/** Where residents bring their materials: the place, its address, phone and (if not `officeHours`) its hours. */
const office = z.strictObject({
  name: chineseText,
  address: chineseText,
  phone: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^[0-9-]{3,20}$/)),
  hours: officeHours.optional(),
  /** A plain sentence residents read after the address, e.g. where else the same materials are accepted. */
  note: chineseText.optional(),
  /** True while the address, phone or hours are examples the county has not yet replaced with its own. */
  exampleValues: z.boolean().default(false),
});

/** Who can apply on a resident's behalf, and for whom the bot offers it. */
const proxyApplication = z.strictObject({
  /** Who applies, as residents are told, e.g. 村（居）委会. */
  by: chineseText,
  /** The sentence residents read, plain and kind, e.g. 行动不便的，可以请村（居）委会上门帮您申请、代交材料。 */
  offer: chineseText,
  /** The answers for which it is offered (an elderly, disabled or seriously ill applicant …). */
  offerWhen: answerCondition,
});

const materialItem = z
  .strictObject({
    name: chineseText,
    note: chineseText,
    conditional: z.boolean().default(false),
    when: chineseText.optional(),
    /** When the answers decide it: shown only if they meet this; without it the item is told with `when`. */
    showIf: answerCondition.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.conditional && item.when === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a conditional item needs a `when` note', path: ['when'] });
    }
    if (item.showIf && !item.conditional) {
      ctx.addIssue({ code: 'custom', message: '`showIf` is only for conditional items', path: ['showIf'] });
    }
    if (!item.conditional && item.when !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: '`when` is only for items with `conditional: true`',
        path: ['when'],
      });
    }
  });

const materialKey = z.enum([...ASSISTANCE_TYPES, GENERAL_MATERIALS, COMMON_MATERIALS]);
const assistanceType = z.enum(ASSISTANCE_TYPES);

const jointMeeting = z.strictObject({
  /** The body, e.g. 江阴市社会救助联席会议. */
  name: chineseText,
  /** Whose queue holds the case meanwhile, e.g. 联席会议办公室（设在市民政局）. */
  office: chineseText,
  /** The department code of the convenor (牵头单位), which must be in `departments`. */
  convenor: departmentCode,
});

const sla = z.strictObject({
  transferWorkingDays: z.number().int().min(0),
  feedbackDaysAfterCompletion: z.number().int().min(0),
});

const source = z.strictObject({ id: chineseText, title: chineseText });

// What residents and staff call each type here: the full name, and the button-sized one (低保).
const typeLabel = z.strictObject({ label: chineseText, short: chineseText.optional() });
// Who reads the conversations handed to a person in this product's console, and when: the bot promises a
// resident only this. Without it the bot says the request is queued and names no people and no hours.
const consoleStaffing = z.strictObject({
  /** Who staffs the console, as residents are told, e.g. 江阴市社会救助中心的工作人员. */
  staffedBy: chineseText,
  /** around_the_clock only when someone is on duty at every hour; office_hours follows `officeHours`. */
  hours: z.enum(['around_the_clock', 'office_hours']),
  /** True only when the staff call residents back by phone, not just answer in the chat. */
  callsBack: z.boolean(),
});

/** The zod schema of one locality profile, with every cross-reference checked. */
export const localityProfileSchema = z
  .strictObject({
    code: localityCode,
    name: chineseText,
    regionPath: z.array(chineseText).min(1),
    default: z.boolean().default(false),
    timezone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai'),
    sources: z.array(source).default([]),
    hotlines: z.array(hotline).min(1),
    officeHours,
    departments: z.record(departmentCode, chineseText),
    assistanceTypes: z.partialRecord(assistanceType, typeLabel),
    routing: z.partialRecord(assistanceType, departmentCode),
    routingNotes: z.partialRecord(assistanceType, chineseText).default({}),
    jointMeeting,
    materials: z.partialRecord(materialKey, z.array(materialItem)),
    sla,
    console: consoleStaffing.optional(),
    /** Where to go: `window` (every kind of help) and, optionally, a department's own office by its code. */
    offices: z.record(z.string(), office).optional(),
    proxyApplication: proxyApplication.optional(),
  })
  .superRefine((p, ctx) => {
    if (JOINT_MEETING in p.departments) {
      ctx.addIssue({
        code: 'custom',
        message: `"${JOINT_MEETING}" is reserved for the joint meeting queue; do not list it as a department`,
        path: ['departments', JOINT_MEETING],
      });
    }
    for (const type of ASSISTANCE_TYPES) {
      if (p.assistanceTypes[type] === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `no name for "${type}": give the label residents and staff read here`,
          path: ['assistanceTypes', type],
        });
      }
      const target = p.routing[type];
      if (target === undefined) {
        // "Never nowhere": an unrouted type must be an explicit decision, even if it is the joint meeting.
        ctx.addIssue({
          code: 'custom',
          message: `no route for "${type}": name a department, or "${JOINT_MEETING}" if no department clearly owns it`,
          path: ['routing', type],
        });
      } else if (target !== JOINT_MEETING && !(target in p.departments)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${type}" routes to "${target}", which is not in departments`,
          path: ['routing', type],
        });
      }
      if (p.materials[type] === undefined && p.materials.general === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `no materials for "${type}" and no "${GENERAL_MATERIALS}" list to fall back on`,
          path: ['materials', type],
        });
      }
    }
    if (p.offices !== undefined) {
      if (p.offices[WINDOW_OFFICE] === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `offices needs a "${WINDOW_OFFICE}" entry: the place that accepts every kind of help`,
          path: ['offices', WINDOW_OFFICE],
        });
      }
      for (const key of Object.keys(p.offices)) {
        if (key !== WINDOW_OFFICE && !(key in p.departments)) {
          ctx.addIssue({
            code: 'custom',
            message: `offices.${key} is neither "${WINDOW_OFFICE}" nor a code in departments`,
            path: ['offices', key],
          });
        }
      }
    }
    if (!(p.jointMeeting.convenor in p.departments)) {
      ctx.addIssue({
        code: 'custom',
        message: `jointMeeting.convenor "${p.jointMeeting.convenor}" is not in departments`,
        path: ['jointMeeting', 'convenor'],
      });
    }
  });

/** A validated locality profile. */
export type LocalityProfile = z.output<typeof localityProfileSchema>;

/** One item of a materials checklist. */
export type MaterialItem = z.output<typeof materialItem>;

/** One hotline of a locality. */
export type Hotline = z.output<typeof hotline>;

/** Who staffs the operator console, and when. */
export type ConsoleStaffing = z.output<typeof consoleStaffing>;

/** The office-hours part of a profile. */
export type OfficeHours = z.output<typeof officeHours>;

/** A place residents bring their materials to. */
export type Office = z.output<typeof office>;

/** Who can apply on a resident's behalf, and when the bot offers it. */
export type ProxyApplication = z.output<typeof proxyApplication>;
