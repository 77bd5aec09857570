import type { TurnContext } from '../../../engine/turn-context.js';
import { cancel } from '../discard.js';
import { ask, askType, confirm, consentNotice } from '../prompts.js';
import type { ApplicationState } from '../state.js';

/** A resident back after a long break chose: continue where they were, start again, or stop. */
export function resumeStage(ctx: TurnContext, form: ApplicationState): ApplicationState | null {
  const { words } = ctx.services;
  if (ctx.buttonId === 'resume_restart' || words.is('resume_restart', ctx.text)) {
    return consentNotice(ctx, {
      ...form,
      fields: {},
      skipped: [],
      failures: {},
      consent: false,
      resumeStage: null,
    });
  }
  if (ctx.buttonId === 'resume_stop' || words.is('resume_stop', ctx.text)) return cancel(ctx, form);
  return backToWhereItWas(ctx, { ...form, stage: form.resumeStage ?? 'filling', resumeStage: null });
}

/** Asks again what the application was waiting for at its stage. */
export function backToWhereItWas(ctx: TurnContext, form: ApplicationState): ApplicationState {
  switch (form.stage) {
    case 'consent':
      return consentNotice(ctx, form);
    case 'confirming':
    case 'choose_edit':
      return confirm(ctx, form);
    case 'choose_type':
      return askType(ctx, form);
    case 'resume':
    case 'filling':
    case 'proxy_consent':
      return ask(ctx, form);
  }
}
