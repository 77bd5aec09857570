import { initialState, type ConversationState } from './conversation-state.js';
import type { Dialogue } from './dialogue.js';
import { noLookups } from './lookups.js';

/**
 * Short conversations that reach the main paths of a decision: greetings, policy questions, an application
 * begun and answered, a status check, a crisis, pinyin, emoji and a long ramble. Each is decided only: nothing
 * is stored, sent or queued, so the crisis line reaches no operator.
 */
const SCRIPTS: readonly (readonly string[])[] = [
  ['你好', '低保怎么申请', '谢谢'],
  ['我想申请低保', '本人', '王秀英', '好的'],
  ['临时救助找哪个部门', '我想问问医疗救助', '在吗'],
  ['我想申请临时救助', '家里着火了，什么都没了', '我老伴身体不好'],
  ['我的申请到哪了'],
  ['我不想活了，药都买好了'],
  ['dibao zenme shenqing', '😀😀 在吗？？', '請問特困人員怎麼申請'],
  [
    '我家里三口人，老伴前年中风瘫在床上，儿子在外地打零工一个月就挣一千多，我自己腿脚也不好，种的两亩地今年又遭了水灾，看病花了好几万，欠了亲戚的钱，想问问像我们这样的能不能申请低保或者临时救助，要准备什么材料，去哪里办',
  ],
];

/** How much warming up to do. */
export interface WarmUpOptions {
  /** Times the scripts are played (the optimising compiler needs a function to run more than once). */
  rounds: number;
  /** Stops early past this much wall time, so a slow machine never starts much later. */
  budgetMs: number;
  /** The moment the warm-up's messages are dated. */
  at: Date;
}

/** What the warm-up did, for the start-up log. */
export interface WarmUpReport {
  turns: number;
  ms: number;
}

/**
 * Runs a few scripted conversations through the dialogue before the first resident arrives, so that what is
 * built on first use (the risk reader's indexes, the form readers, the knowledge search) and the compiled
 * code are ready: measured before this, the first turns after a start took 50–530 ms each and the first
 * second of a load run had a p99 of about 600 ms against 15–30 ms after it. A failure only ends the warm-up.
 */
export async function warmUpDialogue(dialogue: Dialogue, options: WarmUpOptions): Promise<WarmUpReport> {
  const started = performance.now();
  let turns = 0;
  for (let round = 0; round < options.rounds; round++)
    for (const [index, script] of SCRIPTS.entries()) {
      let state: ConversationState = initialState();
      for (const text of script) {
        if (performance.now() - started > options.budgetMs) return { turns, ms: performance.now() - started };
        turns++;
        try {
          const result = await dialogue.decide({
            conversationId: `warm-up-${index}`,
            inbound: {
              channel: 'warm-up',
              userId: `warm-up-${index}`,
              messageId: `warm-up-${round}-${turns}`,
              at: options.at,
              kind: 'text',
              text,
            },
            state,
            queue: { open: false, heldBy: null },
            lookups: noLookups(),
            nonce: 'warmup',
          });
          // A decision that needs facts from the database ends its script: the warm-up never reads the store.
          if (result.kind !== 'decided') break;
          dialogue.publicState(result.state);
          state = result.state;
        } catch {
          break;
        }
      }
    }
  return { turns, ms: performance.now() - started };
}
