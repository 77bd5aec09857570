import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

const replySchema = z.object({
  text: z.string().min(1),
  quickReplies: z.array(z.string().min(1)).optional(),
});

const systemRepliesSchema = z.object({
  welcome: replySchema,
  fallback: replySchema,
  human_ack: replySchema,
});

/** One canned reply: text plus optional quick-reply buttons. */
export type CannedReply = z.infer<typeof replySchema>;

/** The bot's texts that belong to no intent (welcome, fallback …), loaded from replies/system.yaml. */
export type SystemReplies = z.infer<typeof systemRepliesSchema>;

/** Loads and validates replies/system.yaml; a missing or broken file stops the start with its name. */
export async function loadSystemReplies(file: string): Promise<SystemReplies> {
  const parsed = systemRepliesSchema.safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.error.message}`);
  return parsed.data;
}
