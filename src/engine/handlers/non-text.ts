import type { Handler } from '../chain.js';

/**
 * Channel messages that are not words: a shared location is kept (it fills the place of an urgent case or
 * a report) and then read like its place name; an image is kept for staff; a follow event is welcomed; a
 * voice message without its words is answered with what the resident can do instead.
 */
export function nonTextHandler(): Handler {
  return async (ctx, next) => {
    const inbound = ctx.inbound;
    switch (inbound.kind) {
      case 'location':
        ctx.state.location = inbound.location;
        ctx.record('location_shared', { lat: inbound.location.lat, lng: inbound.location.lng });
        if (ctx.state.flow === null && (ctx.state.safety === null || ctx.state.safety.stage === 'done')) {
          ctx.say(ctx.services.replies.location_received, {
            place: inbound.location.label ?? '（地图上的位置）',
          });
          return;
        }
        return next();
      case 'image':
        ctx.record('image_received', {
          ...(inbound.image.mediaId ? { mediaId: inbound.image.mediaId } : {}),
        });
        if (ctx.queue.heldBy === null) ctx.say(ctx.services.replies.image_received);
        return;
      case 'event':
        // A late second opinion was met by the urgency link (queue raised, reply given): nothing more to say.
        if (inbound.event === 'risk_second_opinion') return;
        // A rating question for a completed case starts its flow, unless the resident is busy with
        // something else or talking to a person: then it is not asked at all rather than interrupt.
        if (inbound.event === 'satisfaction_survey')
          return ctx.state.flow === null && ctx.queue.heldBy === null ? next() : undefined;
        if (inbound.event === 'unsubscribe') {
          ctx.record('unsubscribed', {});
          return;
        }
        // A Telegram /start opens a chat rather than following an account: the plain welcome fits it.
        ctx.say(inbound.event === 'start' ? ctx.services.replies.welcome : ctx.services.replies.subscribed);
        return;
      case 'voice':
        // A voice message no one turned into text (Telegram and most Wechaty puppets give none): there are no words
        // to read, so say so and offer a person, rather than answer silence with 「这个我帮不上忙」.
        if (inbound.text.trim() === '') {
          if (ctx.queue.heldBy === null) ctx.say(ctx.services.replies.voice_unreadable);
          return;
        }
        return next();
      case 'text':
      case 'button':
        return next();
    }
  };
}
