import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import type { OutboundAction } from './types.js';

const replySchema = z.object({
  text: z.string().min(1),
  quickReplies: z.array(z.string().min(1)).optional(),
});

/** What a quick-reply button the bot offers stands for. */
export const MENU_ACTIONS = [
  'policy_menu',
  'apply',
  'urgent_button',
  'check_status',
  'request_human',
  'answer_helpful',
  'answer_unhelpful',
  'report_other',
] as const;

/** One of MENU_ACTIONS. */
export type MenuAction = (typeof MENU_ACTIONS)[number];

const systemRepliesSchema = z.object({
  welcome: replySchema,
  fallback: replySchema,
  urgent_critical: replySchema,
  urgent_high: replySchema,
  urgent_button: replySchema,
  policy_menu: replySchema,
  feedback_thanks: replySchema,
  volunteer_ask_name: replySchema,
  volunteer_ask_phone: replySchema,
  volunteer_bad_phone: replySchema,
  volunteer_ask_community: replySchema,
  volunteer_registered: replySchema,
  volunteer_already: replySchema,
  volunteer_cancelled: replySchema,
  case_update_transferred: replySchema,
  case_update_accepted: replySchema,
  case_update_approved: replySchema,
  case_update_refused: replySchema,
  case_update_completed: replySchema,
  case_update_referred: replySchema,
  case_update_note: replySchema,
  urgent_high_inline: replySchema,
  urgent_known: replySchema,
  ask_type: replySchema,
  consent_notice: replySchema,
  consent_again: replySchema,
  consent_refused: replySchema,
  consent_withdrawn: replySchema,
  form_cancelled: replySchema,
  form_cancel_nothing: replySchema,
  form_resume: replySchema,
  form_continue: replySchema,
  ask_skip_or_human: replySchema,
  confirm_header: replySchema,
  confirm_footer: replySchema,
  choose_edit: replySchema,
  registered: replySchema,
  materials_notice: replySchema,
  deadline_notice: replySchema,
  joint_meeting_notice: replySchema,
  suggestions_header: replySchema,
  duplicate_case: replySchema,
  status_ask_case: replySchema,
  status_ask_phone: replySchema,
  status_bad_case: replySchema,
  status_no_match: replySchema,
  status_give_up: replySchema,
  status_no_receipt: replySchema,
  status_result: replySchema,
  safety_ask_phone: replySchema,
  safety_ask_location: replySchema,
  safety_reask: replySchema,
  safety_done: replySchema,
  human_after_hours: replySchema,
  handed_back: replySchema,
  report_start: replySchema,
  report_ask_location: replySchema,
  report_ask_situation: replySchema,
  report_ask_urgency: replySchema,
  report_ask_contact: replySchema,
  report_filed: replySchema,
  report_safety_line: replySchema,
  menu: z.record(z.string().min(1), z.enum(MENU_ACTIONS)),
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

/** Fills {name} placeholders; an unknown placeholder stays visible so a content mistake is noticed. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** A canned reply as an outbound action, placeholders filled and its quick-reply buttons copied. */
export function cannedReply(canned: CannedReply, values: Record<string, string> = {}): OutboundAction {
  return {
    type: 'reply',
    text: fillTemplate(canned.text, values),
    ...(canned.quickReplies ? { quickReplies: [...canned.quickReplies] } : {}),
  };
}
