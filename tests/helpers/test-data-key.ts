import { createDataCipher, dataKeyFromBase64, type DataCipher } from '../../src/store/crypto/data-cipher.js';

/** A fixed data key for tests whose instances share one database, and whose assertions read sealed rows. */
export const TEST_DATA_KEY = Buffer.alloc(32, 0x5a).toString('base64');

/** The cipher of TEST_DATA_KEY, to open what test instances sealed. */
export function testCipher(): DataCipher {
  return createDataCipher(dataKeyFromBase64(TEST_DATA_KEY, 'TEST_DATA_KEY'));
}
