import type { Wechaty } from 'wechaty';
import { DeliveryError } from '../../delivery/outbound-message.js';
import type { WechatyChat } from './sender.js';

/**
 * Sends through a running Wechaty: to a contact, or into a group chat mentioning the member who asked.
 * Every failure is retryable: a logged-out account comes back after a QR scan, and a contact the puppet
 * cannot find may still be syncing after a login; a resident who deleted the bot is reported to the
 * console once the router gives up.
 */
export function botChat(bot: Wechaty): WechatyChat {
  return {
    async say(target, text) {
      if (!bot.isLoggedIn)
        throw new DeliveryError(
          'the Wechaty account is logged out; scan its QR code to log in',
          true,
          'logged_out',
        );
      if (target.roomId !== undefined) {
        const room = await bot.Room.find({ id: target.roomId });
        if (!room)
          throw new DeliveryError(
            'the group chat was not found (the bot may have left it)',
            true,
            'room_not_found',
          );
        const member = await bot.Contact.find({ id: target.contactId });
        await (member ? room.say(text, member) : room.say(text));
        return;
      }
      const contact = await bot.Contact.find({ id: target.contactId });
      if (!contact)
        throw new DeliveryError(
          'the contact was not found (not synced yet, or they deleted the bot)',
          true,
          'contact_not_found',
        );
      await contact.say(text);
    },
  };
}
