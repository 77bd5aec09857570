/**
 * Thrown for an update that must not be confirmed now (the engine is shutting down): long polling leaves it
 * unconfirmed and the webhook answers 503, so Telegram delivers it again after the restart.
 */
export class UpdateDeferred extends Error {
  override readonly name = 'UpdateDeferred';
}
