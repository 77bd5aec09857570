import type { MenuAction } from './buttons.js';
import type { AnyFlow } from './flow.js';
import type { TurnContext } from './turn-context.js';
import type { IntentName } from '../nlu/types.js';

/** The flows a conversation can be in, in the order their triggers are tried. */
export interface FlowRegistry {
  get(name: string): AnyFlow | undefined;
  readonly all: readonly AnyFlow[];
  /** The active flow with its state validated by the flow's schema; an unknown or damaged one is dropped. */
  active(ctx: TurnContext): { flow: AnyFlow; state: unknown } | undefined;
  /** Saves the flow's next state, or ends it (null). */
  save(ctx: TurnContext, flow: AnyFlow, state: unknown): void;
  /** The flow a menu action starts, if any. */
  forMenu(action: MenuAction): AnyFlow | undefined;
  /** The flow an intent starts, if any. */
  forIntent(intent: IntentName): AnyFlow | undefined;
  /** The first flow whose own trigger claims the message. */
  wanting(ctx: TurnContext): AnyFlow | undefined;
}

/** Builds the registry; flow names must be unique. */
export function createFlowRegistry(flows: readonly AnyFlow[]): FlowRegistry {
  const byName = new Map<string, AnyFlow>();
  for (const flow of flows) {
    if (byName.has(flow.name)) throw new Error(`two flows are named ${flow.name}`);
    byName.set(flow.name, flow);
  }
  return {
    get: (name) => byName.get(name),
    all: flows,
    active(ctx) {
      const slot = ctx.state.flow;
      if (!slot) return undefined;
      const flow = byName.get(slot.name);
      const parsed = flow?.schema.safeParse(slot.state);
      if (!flow || !parsed?.success) {
        // A state this version cannot read is dropped rather than guessed at; the resident starts afresh.
        ctx.state.flow = null;
        return undefined;
      }
      return { flow, state: parsed.data };
    },
    save(ctx, flow, state) {
      ctx.state.flow = state === null ? null : { name: flow.name, state };
    },
    forMenu: (action) => flows.find((f) => f.startsOn.menu?.includes(action)),
    forIntent: (intent) => flows.find((f) => f.startsOn.intents?.includes(intent)),
    wanting: (ctx) => flows.find((f) => f.wants?.(ctx) === true),
  };
}
