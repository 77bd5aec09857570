import type { Engine } from '../engine/engine.js';
import type { Clock } from '../engine/types.js';
import type { SurveyTarget } from './deadline-watch.js';

/**
 * Asks the resident of a completed case for a rating: a service event through the engine, so the
 * question is a turn of their conversation and reaches their channel through the outbox. The message id
 * is the case's, so asking twice is answered from the record instead of asking again.
 */
export async function askForRating(engine: Engine, clock: Clock, target: SurveyTarget): Promise<void> {
  await engine.handle({
    channel: target.channel,
    userId: target.userId,
    messageId: `satisfaction:${target.caseNo}`,
    at: clock.now(),
    kind: 'event',
    event: 'satisfaction_survey',
    text: '',
    caseNo: target.caseNo,
    replyVia: 'outbox',
  });
}
