/** The loaded locality profiles, with the questions the engine asks of them: who handles this, what to bring. */
import type { AssistanceType } from '../nlu/types.js';
import {
  COMMON_MATERIALS,
  GENERAL_MATERIALS,
  JOINT_MEETING,
  type LocalityProfile,
  type MaterialItem,
} from './schema.js';

/** The department answering for one assistance type in one locality. */
export interface ResponsibleDepartment {
  /** A key of the profile's `departments`, or `joint_meeting`. */
  readonly code: string;
  readonly name: string;
  /** True when no department clearly owns the type and the case waits in the joint meeting's queue. */
  readonly jointMeeting: boolean;
  /** Operator-facing note from `routingNotes`, e.g. which part of the type another department handles. */
  readonly note?: string;
}

/** The checklist for one assistance type, and whether it is the locality's general fallback. */
export interface MaterialsChecklist {
  readonly type: AssistanceType;
  readonly items: readonly MaterialItem[];
  readonly fromGeneral: boolean;
}

/** Read-only access to the locality profiles; unknown codes give `undefined`, never a guess. */
export interface LocalityRegistry {
  /** The profile with this administrative division code, if loaded. */
  get(code: string): LocalityProfile | undefined;
  /** The profile used when a conversation's locality is not known. */
  default(): LocalityProfile;
  /** Every loaded profile, default first. */
  list(): readonly LocalityProfile[];
  /** Who handles `type` in locality `code`; the joint meeting when no department clearly does. */
  departmentFor(code: string, type: AssistanceType): ResponsibleDepartment | undefined;
  /** What to bring for `type` in locality `code`; the general list when the type has none of its own. */
  materialsFor(code: string, type: AssistanceType): MaterialsChecklist | undefined;
}

/** Who handles `type` in `profile` (the schema guarantees every type has a route). */
export function responsibleDepartment(profile: LocalityProfile, type: AssistanceType): ResponsibleDepartment {
  const target = profile.routing[type] ?? JOINT_MEETING;
  const note = profile.routingNotes[type];
  const departmentName = target === JOINT_MEETING ? undefined : profile.departments[target];
  // A route the schema let through always names a listed department; if not, the joint meeting is
  // still somewhere rather than nowhere.
  const base =
    departmentName === undefined
      ? { code: JOINT_MEETING, name: profile.jointMeeting.name, jointMeeting: true }
      : { code: target, name: departmentName, jointMeeting: false };
  return note === undefined ? base : { ...base, note };
}

/** The materials checklist for `type` in `profile`. */
export function materialsChecklist(profile: LocalityProfile, type: AssistanceType): MaterialsChecklist {
  const own = profile.materials[type];
  const base = own ?? profile.materials[GENERAL_MATERIALS] ?? [];
  // The common items (a proxy's authorisation …) follow every list, unless the list names the same item.
  const names = new Set(base.map((m) => m.name));
  const common = (profile.materials[COMMON_MATERIALS] ?? []).filter((m) => !names.has(m.name));
  return { type, items: [...base, ...common], fromGeneral: own === undefined };
}

/**
 * A registry over already-validated profiles with distinct codes; `defaultProfile` must be one of them.
 * The loader decides which is the default and reports conflicts.
 */
export function createLocalityRegistry(
  profiles: readonly LocalityProfile[],
  defaultProfile: LocalityProfile,
): LocalityRegistry {
  const byCode = new Map(profiles.map((p) => [p.code, p] as const));
  const ordered = [defaultProfile, ...profiles.filter((p) => p !== defaultProfile)];
  return {
    get: (code) => byCode.get(code),
    default: () => defaultProfile,
    list: () => ordered,
    departmentFor(code, type) {
      const profile = byCode.get(code);
      return profile && responsibleDepartment(profile, type);
    },
    materialsFor(code, type) {
      const profile = byCode.get(code);
      return profile && materialsChecklist(profile, type);
    },
  };
}
