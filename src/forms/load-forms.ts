import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import type { FormDefinition, FormRegistry } from './form-registry.js';
import { commonFormSchema, suggestionsSchema, typeFormSchema, type FormField } from './form-schema.js';

/** Where load problems are reported. */
export interface FormsLogger {
  warn(obj: object, msg: string): void;
}

const RESERVED = new Set(['common.yaml', 'suggestions.yaml']);

async function readYaml(file: string): Promise<unknown> {
  return parseYaml(await readFile(file, 'utf8'));
}

/** Loads forms/: common.yaml, suggestions.yaml and one file per type; a broken type file is skipped by name. */
export async function loadForms(dir: string, logger: FormsLogger): Promise<FormRegistry> {
  const common = commonFormSchema.parse(await readYaml(path.join(dir, 'common.yaml')));
  const suggestions = suggestionsSchema.parse(await readYaml(path.join(dir, 'suggestions.yaml')));
  const forms = new Map<string, FormDefinition>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml') && !RESERVED.has(f)).sort()) {
    const parsed = typeFormSchema.safeParse(
      await readYaml(path.join(dir, file)).catch((error: unknown) => error),
    );
    if (!parsed.success) {
      logger.warn(
        { file, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
        'form file skipped: fix it and restart',
      );
      continue;
    }
    const fields: FormField[] = [...common.fields, ...parsed.data.fields];
    const names = new Set(fields.map((f) => f.name));
    if (names.size !== fields.length) {
      logger.warn({ file }, 'form file skipped: a field name repeats a common field');
      continue;
    }
    forms.set(parsed.data.type, {
      formType: parsed.data.type,
      title: parsed.data.title,
      fields,
      groups: { ...common.groups, ...parsed.data.groups },
    });
  }
  const general = forms.get('general');
  if (!general)
    throw new Error(
      `${path.join(dir, 'general.yaml')} is missing or invalid: every type without its own form needs it`,
    );
  return {
    forType: (assistanceType) => forms.get(assistanceType) ?? { ...general, title: general.title },
    suggestions,
    formTypes: [...forms.keys()],
  };
}
