import { normalizePhone } from '../identity/phone.js';
import type { ParseResult } from '../nlu/types.js';
import type { TurnOutput } from './dialogue.js';
import { cannedReply, type SystemReplies } from './system-replies.js';
import type { ConversationState } from './types.js';

/** Where a volunteer's registration stands. */
export type VolunteerStatus = 'pending' | 'verified' | 'rejected';

/** A volunteer or grid worker registered from a chat. */
export interface VolunteerRecord {
  id: string;
  channel: string;
  userId: string;
  name: string;
  phone: string;
  community: string;
  status: VolunteerStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** The volunteer registrations the dialogue reads and writes. */
export interface VolunteerDirectory {
  register(input: {
    channel: string;
    userId: string;
    name: string;
    phone: string;
    community: string;
    at: Date;
  }): Promise<VolunteerRecord>;
  find(channel: string, userId: string): Promise<VolunteerRecord | undefined>;
}

/** A registration in progress, saved with the conversation. */
export interface VolunteerSignupState {
  stage: 'name' | 'phone' | 'community';
  name: string | null;
  phone: string | null;
}

const TRIGGER =
  /志愿者登记|网格员登记|(?:我是|作为)?(?:网格员|志愿者|楼栋长|信息员|村干部|社区干部).{0,8}(?:登记|注册|备案)/;
const CANCEL = /^(?:取消|不登记了|算了|退出)$/;

/** Registration of volunteers and grid workers: name, phone, community; an operator then verifies it once. */
export function createVolunteerSignupFlow(deps: { directory: VolunteerDirectory; replies: SystemReplies }) {
  const { directory, replies } = deps;
  const say = cannedReply;

  return {
    /** True when the message asks to register as a volunteer or grid worker. */
    triggers(text: string): boolean {
      return TRIGGER.test(text);
    },

    /** Starts a registration, or says where an existing one stands. */
    async start(state: ConversationState, who: { channel: string; userId: string }): Promise<TurnOutput> {
      const existing = await directory.find(who.channel, who.userId);
      if (existing?.status === 'verified') {
        return {
          actions: [say(replies.volunteer_already, { name: existing.name, community: existing.community })],
          state,
        };
      }
      return {
        actions: [say(replies.volunteer_ask_name)],
        state: {
          ...state,
          topic: 'volunteer_signup',
          volunteerSignup: { stage: 'name', name: null, phone: null },
        },
      };
    },

    /** Takes the answer to the question asked; the last answer registers the volunteer as pending. */
    async continue(
      text: string,
      parse: ParseResult,
      state: ConversationState,
      who: { channel: string; userId: string; at: Date },
    ): Promise<TurnOutput> {
      const signup = state.volunteerSignup!;
      const clean = text.trim();
      if (CANCEL.test(clean))
        return {
          actions: [say(replies.volunteer_cancelled)],
          state: { ...state, volunteerSignup: null, topic: null },
        };
      switch (signup.stage) {
        case 'name': {
          const name =
            parse.entities.find((e) => e.type === 'person_name')?.value ??
            clean.replace(/^(?:我叫|我是|姓名)/, '');
          if (String(name).length < 2 || String(name).length > 20)
            return { actions: [say(replies.volunteer_ask_name)], state };
          return {
            actions: [say(replies.volunteer_ask_phone)],
            state: { ...state, volunteerSignup: { ...signup, stage: 'phone', name: String(name) } },
          };
        }
        case 'phone': {
          const found = parse.entities.find((e) => e.type === 'phone');
          const typed = normalizePhone(clean);
          const value = found ? String(found.value) : typed.ok ? typed.value : null;
          if (!value) return { actions: [say(replies.volunteer_bad_phone)], state };
          return {
            actions: [say(replies.volunteer_ask_community)],
            state: { ...state, volunteerSignup: { ...signup, stage: 'community', phone: value } },
          };
        }
        case 'community': {
          if (clean.length < 2) return { actions: [say(replies.volunteer_ask_community)], state };
          const record = await directory.register({
            channel: who.channel,
            userId: who.userId,
            name: signup.name ?? '',
            phone: signup.phone ?? '',
            community: clean.slice(0, 100),
            at: who.at,
          });
          return {
            actions: [
              say(replies.volunteer_registered, { name: record.name, community: record.community }),
              { type: 'record', kind: 'volunteer_registered', detail: { volunteerId: record.id } },
            ],
            state: { ...state, volunteerSignup: null, topic: 'volunteer_signup' },
          };
        }
      }
    },
  };
}

/** The volunteer signup flow's API. */
export type VolunteerSignupFlow = ReturnType<typeof createVolunteerSignupFlow>;
