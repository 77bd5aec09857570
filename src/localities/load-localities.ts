/** Loads locality profiles from YAML files, skipping (and reporting) any that do not validate. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { createLocalityRegistry, type LocalityRegistry } from './locality-registry.js';
import { localityProfileSchema, type LocalityProfile } from './schema.js';

/** The slice of a pino-style logger the loader needs. */
export interface LocalityLoadLogger {
  warn(obj: object, msg: string): void;
}

/** Raised at boot when not one usable profile was found: the bot cannot route anything without one. */
export class NoLocalitiesError extends Error {
  /** Stable code for callers that map errors once. */
  readonly code = 'no_valid_localities';
  override readonly name = 'NoLocalitiesError';
}

/** The outcome of reading one profile file: the profile or a readable list of problems. */
export type ProfileParseResult =
  | { readonly ok: true; readonly profile: LocalityProfile }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses and validates the text of one profile file; problems name the offending path, e.g. `routing.vagrant`. */
export function parseLocalityProfile(text: string): ProfileParseResult {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => `YAML: ${(e.message.split('\n')[0] ?? e.code).replace(/:$/, '')}`),
    };
  }
  const parsed = localityProfileSchema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(describeIssue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

// Files starting with '_' or '.' are drafts or templates, not live profiles.
function isProfileFile(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith('_') && !name.startsWith('.');
}

/**
 * Reads every `*.yaml` / `*.yml` in `dir` (in name order) into a registry. A file that fails to parse
 * or validate, or repeats another's code, is logged by name and skipped; the bot keeps serving with
 * the rest. Throws NoLocalitiesError when nothing usable is left, because routing without any
 * profile would send every case nowhere.
 */
export async function loadLocalities(options: {
  dir: string;
  logger: LocalityLoadLogger;
}): Promise<LocalityRegistry> {
  const { dir, logger } = options;
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isProfileFile).sort();
  } catch (err) {
    throw new NoLocalitiesError(
      `cannot read the localities directory ${dir} (${(err as Error).message}): point the app at the folder holding the locality profiles`,
    );
  }

  const profiles: LocalityProfile[] = [];
  const fileOf = new Map<LocalityProfile, string>();
  for (const file of names) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch (err) {
      logger.warn(
        { file, error: (err as Error).message },
        `locality profile ${file} could not be read and was skipped`,
      );
      continue;
    }
    const result = parseLocalityProfile(text);
    if (!result.ok) {
      logger.warn(
        { file, problems: result.problems },
        `locality profile ${file} is invalid and was skipped: ${result.problems.slice(0, 3).join('; ')}` +
          `${result.problems.length > 3 ? ` (+${result.problems.length - 3} more)` : ''}. Fix it (see localities/README.md) and restart.`,
      );
      continue;
    }
    const clash = profiles.find((p) => p.code === result.profile.code);
    if (clash) {
      logger.warn(
        { file, code: result.profile.code, keptFile: fileOf.get(clash) },
        `locality profile ${file} repeats code ${result.profile.code} already loaded from ${fileOf.get(clash)}; skipped. Give each county its own code.`,
      );
      continue;
    }
    profiles.push(result.profile);
    fileOf.set(result.profile, file);
  }

  const first = profiles[0];
  if (first === undefined) {
    throw new NoLocalitiesError(
      `no valid locality profile in ${dir} (${names.length} file(s) tried; see the warnings above): ` +
        'at least one profile is needed to route cases — restore localities/jiangyin.yaml or fix the reported files',
    );
  }

  const marked = profiles.filter((p) => p.default);
  const defaultProfile = marked[0] ?? first;
  if (marked.length === 0) {
    logger.warn(
      { file: fileOf.get(first), code: first.code },
      `no locality profile has "default: true"; using ${fileOf.get(first)} (${first.name}). Mark exactly one profile as default.`,
    );
  } else if (marked.length > 1) {
    logger.warn(
      { files: marked.map((p) => fileOf.get(p)), used: fileOf.get(defaultProfile) },
      `${marked.length} locality profiles say "default: true"; using ${fileOf.get(defaultProfile)} (${defaultProfile.name}). Keep it on exactly one.`,
    );
  }
  return createLocalityRegistry(profiles, defaultProfile);
}
