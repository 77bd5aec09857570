// The forms' code `general` (其他救助, forms/general.yaml) is the form for every assistance type without a
// form of its own (困难职工, 妇女儿童, 法律援助, 失独, 流浪, 红十字会, 慈善 …). Writers who label questions with
// the forms' codes (sets BL and BM) tag those questions `general`; the programme cards of exactly those
// types answer them, so the wider scorer reads `general` as any of them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const typeLine = z.object({ type: z.string().min(1) });

function typesIn(dir: URL): string[] {
  const path = fileURLToPath(dir);
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const parsed = typeLine.safeParse(parseYaml(readFileSync(`${path}/${f}`, 'utf8')));
      return parsed.success ? [parsed.data.type] : [];
    });
}

/** The card types the forms' `general` code stands for: every programme card whose type has no form of its own. */
export function generalTopicTypes(
  cardTypes: readonly string[] = typesIn(new URL('../../knowledge/programmes/', import.meta.url)),
  formTypes: readonly string[] = typesIn(new URL('../../forms/', import.meta.url)),
): string[] {
  const withForm = new Set(formTypes);
  return cardTypes.filter((t) => !withForm.has(t)).sort();
}
