import { readFile } from 'node:fs/promises';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';

/** A button the bot offers: a stable id the dialogue acts on, and the label the resident reads. */
export interface Button {
  id: string;
  label: string;
}

/** What a menu button asks for, whatever flow is or is not running. */
export const MENU_ACTIONS = [
  'policy_menu',
  'apply',
  'urgent',
  'check_status',
  'request_human',
  'answer_helpful',
  'answer_unhelpful',
  'report_other',
] as const;

/** One of MENU_ACTIONS. */
export type MenuAction = (typeof MENU_ACTIONS)[number];

const entrySchema = z.union([
  z.string().min(1),
  z
    .object({
      label: z.string().min(1),
      /** The menu action the button stands for anywhere in the conversation. */
      action: z.enum(MENU_ACTIONS).optional(),
      /** A typed label counts as a tap even when the bot did not just offer the button (「转人工」). */
      global: z.boolean().default(false),
    })
    .strict(),
]);

const catalogSchema = z.record(z.string().regex(/^[a-z_]+$/), entrySchema);

interface Entry {
  label: string;
  action?: MenuAction;
  global: boolean;
}

/** The buttons the bot's fixed texts offer, from replies/buttons.yaml. */
export interface ButtonCatalog {
  /** The button with this id; an unknown id is a content mistake and throws at start. */
  get(id: string): Button;
  /** True when the catalog defines this id. */
  has(id: string): boolean;
  /** The menu action a button stands for, if any. */
  action(id: string): MenuAction | undefined;
  /** The id of the button whose label the resident typed: one just offered, or a global one. */
  resolveTyped(text: string, offered: readonly Button[]): string | undefined;
}

/** Builds the catalog from parsed data (tests pass their own). */
export function createButtonCatalog(data: unknown, source = 'buttons'): ButtonCatalog {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${source} is not valid: ${parsed.error.message}`);
  const entries = new Map<string, Entry>(
    Object.entries(parsed.data).map(([id, entry]) => [
      id,
      typeof entry === 'string' ? { label: entry, global: false } : entry,
    ]),
  );
  const globalByLabel = new Map<string, string>();
  for (const [id, entry] of entries) if (entry.global) globalByLabel.set(entry.label, id);
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) throw new Error(`${source} has no button "${id}"`);
      return { id, label: entry.label };
    },
    has: (id) => entries.has(id),
    action: (id) => entries.get(id)?.action,
    resolveTyped(text, offered) {
      const typed = text.trim();
      return offered.find((b) => b.label === typed)?.id ?? globalByLabel.get(typed);
    },
  };
}

/** Loads replies/buttons.yaml; a broken file stops the start with its name. */
export async function loadButtonCatalog(file: string): Promise<ButtonCatalog> {
  return createButtonCatalog(parseYaml(await readFile(file, 'utf8')), file);
}

/** Buttons built from data the flows own (form choices, fields, types), with a prefix naming their kind. */
export const dynamicButton = {
  /** One choice of a form field: the label is the choice itself. */
  choice: (label: string): Button => ({ id: `choice:${label}`, label }),
  /** One assistance type, labelled with its short name. */
  type: (code: string, label: string): Button => ({ id: `type:${code}`, label }),
  /** A field to change at the review step. */
  edit: (field: string, label: string): Button => ({ id: `edit:${field}`, label }),
  /** Start an application for this type at once (under an answer about the programme). */
  apply: (type: string, label: string): Button => ({ id: `apply:${type}`, label }),
};

/** The part of a dynamic button id after its prefix (`choice:低保` → `低保`), when it has that prefix. */
export function buttonArgument(
  id: string | undefined,
  prefix: 'choice' | 'type' | 'edit' | 'apply',
): string | undefined {
  return id?.startsWith(`${prefix}:`) ? id.slice(prefix.length + 1) : undefined;
}
