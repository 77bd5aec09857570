import { ScanStatus, qrcodeValueToImageUrl, type Wechaty } from 'wechaty';
import type { EngineLogger } from '../../engine/logger.js';

/** The error as logs may show it: its name and message, never a stack full of payloads. */
export function errorFields(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/**
 * Logs the account's life (QR code, login, logout, errors), each with what the deployer should do.
 * Only the bot account's own id and the QR code are logged, never a resident or what they wrote.
 */
export function logBotEvents(bot: Wechaty, logger: EngineLogger): void {
  bot.on('scan', (qrcode, status) => {
    if (status !== ScanStatus.Waiting && status !== ScanStatus.Timeout) {
      logger.info({ status: ScanStatus[status] }, 'Wechaty: QR code scanned, confirm the login on the phone');
      return;
    }
    logger.info(
      { qrcode, qrcodeImage: qrcodeValueToImageUrl(qrcode) },
      'Wechaty needs a login: scan this QR code with the WeChat account the bot should answer as',
    );
  });
  bot.on('login', (user) => {
    logger.info({ account: user.id }, 'Wechaty logged in: residents can write to this account now');
  });
  bot.on('logout', (user, reason) => {
    logger.warn(
      { account: user.id, reason },
      'Wechaty logged out: replies wait in the outbox; scan the new QR code to log in again',
    );
  });
  bot.on('error', (error) => {
    logger.error(
      { err: errorFields(error) },
      'Wechaty error: if it repeats, check the puppet (WECHATY_PUPPET, WECHATY_PUPPET_SERVICE_TOKEN) and its service',
    );
  });
}
