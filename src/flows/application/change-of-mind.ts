import { cutText } from '../../text/well-formed.js';

// 「我想了想还是先找份工作吧」「算了 还是学个技术」: what follows 还是, up to the end of its clause. A question
// between two (「低保还是五保？」) is no change of mind.
const RATHER = /还是([^，,。；;！!？?\s]{1,24})/u;
const ASKS = /[吗呢么？?]|哪个|哪种/u;

/** The words a change of mind settles on (after 还是), or undefined when the message changes no mind. */
export function changeOfMind(message: string): string | undefined {
  const text = cutText(message, 500);
  const rather = RATHER.exec(text);
  if (!rather?.[1]) return undefined;
  const after = text.slice(rather.index + rather[0].length, rather.index + rather[0].length + 2);
  if (ASKS.test(rather[1]) || ASKS.test(after)) return undefined;
  return rather[1];
}
