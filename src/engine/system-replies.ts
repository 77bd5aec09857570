import { readFile } from 'node:fs/promises';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';

const replySchema = z
  .object({
    text: z.string().min(1),
    /** Ids of buttons in replies/buttons.yaml, offered under the text. */
    buttons: z.array(z.string().min(1)).optional(),
  })
  .strict();

const REPLY_KEYS = [
  'welcome',
  'fallback',
  'urgent_critical',
  'urgent_high',
  'urgent_button',
  'policy_menu',
  'feedback_thanks',
  'offer_declined',
  'volunteer_ask_name',
  'volunteer_ask_phone',
  'volunteer_bad_phone',
  'volunteer_ask_community',
  'volunteer_registered',
  'volunteer_already',
  'volunteer_cancelled',
  'case_update_transferred',
  'case_update_accepted',
  'case_update_approved',
  'case_update_refused',
  'case_update_completed',
  'case_update_referred',
  'case_update_note',
  'urgent_high_inline',
  'urgent_high_offer_apply',
  'urgent_known',
  'ask_type',
  'ask_type_likely',
  'apply_from_question',
  'consent_notice',
  'consent_again',
  'consent_with_answers',
  'consent_with_relation',
  'consent_self_assumed',
  'privacy_reassure',
  'consent_refused',
  'consent_withdrawn',
  'consent_withdrawn_registered',
  'consent_withdrawn_case_cancelled',
  'consent_withdrawn_case_kept',
  'form_cancelled',
  'form_cancel_nothing',
  'form_resume',
  'form_continue',
  'ask_skip_or_human',
  'identity_unknown',
  'field_left_for_staff',
  'confirm_header',
  'confirm_footer',
  'choose_edit',
  'edit_nothing',
  'type_switched',
  'form_restarted',
  'registered',
  'materials_notice',
  'materials_so_far',
  'deadline_notice',
  'joint_meeting_notice',
  'where_to_go',
  'where_to_go_check',
  'suggestions_header',
  'duplicate_case',
  'status_ask_case',
  'status_ask_phone',
  'status_ask_phone_again',
  'status_bad_case',
  'status_no_match',
  'status_give_up',
  'status_no_receipt',
  'status_paused',
  'status_locked',
  'status_locked_owner_notice',
  'status_result',
  'status_then_apply',
  'status_waited_long',
  'status_waited_long_noted',
  'safety_ask_phone',
  'safety_ask_location',
  'safety_reask',
  'safety_done',
  'safety_declined',
  'safety_then_question',
  'urgent_check_in',
  'urgent_check_in_mind',
  'story_offer_apply',
  'proxy_consent_ask',
  'other_language_en',
  'other_language_en_apply',
  'other_language_en_status',
  'office_hours',
  'other_language',
  'proxy_consent_with_notice',
  'proxy_consent_unconfirmed',
  'human_after_hours',
  'handed_back',
  'report_start',
  'report_ask_location',
  'report_ask_situation',
  'report_ask_urgency',
  'report_ask_contact',
  'report_filed',
  'report_safety_line',
  'not_understood_in_flow',
  'location_received',
  'image_received',
  'voice_unreadable',
  'subscribed',
  'unsubscribed_noted',
  'turn_failed',
  'distress_support',
  'satisfaction_ask',
  'satisfaction_ask_comment',
  'satisfaction_thanks',
  'satisfaction_reask',
  'unclaimed_first',
  'unclaimed_again',
  'unclaimed_now_110',
  'unclaimed_now_119',
  'unclaimed_now_120',
  'unclaimed_now_12356',
  'unclaimed_now_hotline',
  'unclaimed_now_unknown',
] as const;

const systemRepliesSchema = z
  .object(
    Object.fromEntries(REPLY_KEYS.map((key) => [key, replySchema])) as Record<
      (typeof REPLY_KEYS)[number],
      typeof replySchema
    >,
  )
  .strict();

/** One canned reply: text plus the ids of the buttons offered under it. */
export type CannedReply = z.infer<typeof replySchema>;

/** The bot's texts that belong to no intent (welcome, fallback …), loaded from replies/system.yaml. */
export type SystemReplies = z.infer<typeof systemRepliesSchema>;

/** Loads and validates replies/system.yaml; a missing or broken file stops the start with its name. */
export async function loadSystemReplies(file: string): Promise<SystemReplies> {
  const parsed = systemRepliesSchema.safeParse(parseYaml(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

/** Fills {name} placeholders; an unknown placeholder stays visible so a content mistake is noticed. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
