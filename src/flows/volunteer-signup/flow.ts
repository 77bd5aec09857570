import { z } from 'zod';
import { normalizePhone } from '../../identity/phone.js';
import type { Flow } from '../../engine/flow.js';
import { cutText } from '../../text/well-formed.js';

const stateSchema = z.object({
  stage: z.enum(['name', 'phone', 'community']),
  name: z.string().nullable(),
  phone: z.string().nullable(),
});

/** A registration in progress, saved with the conversation. */
export type VolunteerSignupState = z.infer<typeof stateSchema>;

const TRIGGER =
  /志愿者登记|网格员登记|(?:我是|作为)?(?:网格员|志愿者|楼栋长|信息员|村干部|社区干部).{0,8}(?:登记|注册|备案)|(?:我|俺)?(?:想|要)(?:报名|登记|注册)(?:当|做|成为)?(?:一名|个)?志愿者/;

/** Registration of volunteers and grid workers: name, phone, community; an operator then verifies it once. */
export const volunteerSignupFlow: Flow<VolunteerSignupState> = {
  name: 'volunteer_signup',
  schema: stateSchema,
  startsOn: {},

  wants: (ctx) => TRIGGER.test(ctx.text),

  start(ctx) {
    const existing = ctx.lookupVolunteer();
    const { replies } = ctx.services;
    ctx.state.topic = 'volunteer_signup';
    if (existing?.status === 'verified') {
      ctx.say(replies.volunteer_already, { name: existing.name, community: existing.community });
      return Promise.resolve(null);
    }
    ctx.say(replies.volunteer_ask_name);
    return Promise.resolve({ stage: 'name', name: null, phone: null });
  },

  continue(ctx, signup) {
    const { replies, words } = ctx.services;
    if (ctx.buttonId === 'cancel' || words.is('volunteer_cancel', ctx.text)) {
      ctx.say(replies.volunteer_cancelled);
      ctx.state.topic = null;
      return Promise.resolve(null);
    }
    switch (signup.stage) {
      case 'name': {
        const name = String(
          ctx.parse.entities.find((e) => e.type === 'person_name')?.value ??
            ctx.text.replace(/^(?:我叫|我是|姓名)/, ''),
        );
        if (name.length < 2 || name.length > 20) {
          ctx.say(replies.volunteer_ask_name);
          return Promise.resolve(signup);
        }
        ctx.say(replies.volunteer_ask_phone);
        return Promise.resolve({ ...signup, stage: 'phone' as const, name });
      }
      case 'phone': {
        const found = ctx.parse.entities.find((e) => e.type === 'phone');
        const typed = normalizePhone(ctx.text);
        const value = found ? String(found.value) : typed.ok ? typed.value : null;
        if (!value) {
          ctx.say(replies.volunteer_bad_phone);
          return Promise.resolve(signup);
        }
        ctx.say(replies.volunteer_ask_community);
        return Promise.resolve({ ...signup, stage: 'community' as const, phone: value });
      }
      case 'community': {
        if (ctx.text.length < 2) {
          ctx.say(replies.volunteer_ask_community);
          return Promise.resolve(signup);
        }
        const community = cutText(ctx.text, 100);
        ctx.push({
          type: 'register_volunteer',
          name: signup.name ?? '',
          phone: signup.phone ?? '',
          community,
        });
        ctx.say(replies.volunteer_registered, { name: signup.name ?? '', community });
        ctx.record('volunteer_registered', {});
        ctx.state.topic = 'volunteer_signup';
        return Promise.resolve(null);
      }
    }
  },

  resume(ctx, signup) {
    const { replies } = ctx.services;
    ctx.say(
      signup.stage === 'name'
        ? replies.volunteer_ask_name
        : signup.stage === 'phone'
          ? replies.volunteer_ask_phone
          : replies.volunteer_ask_community,
    );
    return signup;
  },

  expecting: (signup) => [`volunteer_${signup.stage === 'name' ? 'name' : signup.stage}`],

  personalValues: (signup) => [signup.name, signup.phone].filter((v): v is string => v !== null),
};
