import type { FormDefinition } from '../forms/form-registry.js';
import { nextQuestion, totalSteps } from '../forms/form-progress.js';
import type { ConversationState, FormStage } from './types.js';

/** The part of the conversation state that channels may show: no history, no personal data. */
export interface PublicState {
  topic: string | null;
  urgency: ConversationState['urgency'];
  turnCount: number;
  form?: {
    type: string;
    stage: FormStage;
    step: number;
    total: number;
    missing: string[];
    asking?: string;
    askingFields?: string[];
  };
  caseNo?: string;
}

/** Projects the saved state onto what the REST channel returns as `state`. */
export function toPublicState(
  state: ConversationState,
  formFor?: (assistanceType: string) => FormDefinition,
): PublicState {
  const base: PublicState = {
    topic: state.topic,
    urgency: state.urgency,
    turnCount: state.turnCount,
    ...(state.caseNo ? { caseNo: state.caseNo } : {}),
  };
  const form = state.form;
  if (!form) return base;
  const definition = formFor?.(form.assistanceType);
  if (!definition)
    return {
      ...base,
      form: { type: form.assistanceType, stage: form.stage, step: 0, total: 0, missing: [] },
    };
  const next = nextQuestion(definition, form.fields, form.skipped);
  const total = totalSteps(definition);
  const askingFields =
    form.stage === 'filling' && form.asking
      ? form.asking.startsWith('group:')
        ? definition.fields
            .filter((f) => `group:${f.group}` === form.asking && form.fields[f.name] === undefined)
            .map((f) => f.name)
        : [form.asking]
      : [];
  return {
    ...base,
    form: {
      type: form.assistanceType,
      stage: form.stage,
      step: form.stage === 'confirming' ? total : (next?.step ?? total),
      total,
      missing: next ? next.missing.map((f) => f.name) : [],
      ...(askingFields[0] ? { asking: askingFields[0], askingFields } : {}),
    },
  };
}
