import type { TemplateMessage, WechatApiClient } from './api-client.js';
import { WechatApiError, WechatNetworkError } from './api-errors.js';

/** How often and how patiently a customer-service send is retried when retrying can help. */
export interface RetryPolicy {
  attempts: number;
  /** Delay before the second attempt; each further one waits four times longer. */
  baseDelayMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 1000 };

/**
 * A `deliverLater` for the webhook: sends the texts in order through the customer-service API,
 * retrying a send that failed for a retryable reason (network, -1 busy, per-minute quota). A refusal
 * that retrying cannot fix (45015, 45047, 43004 …) stops the batch and is thrown for the caller to log
 * or to fall back on (see sendCaseUpdate).
 */
export function customerServiceSender(
  client: Pick<WechatApiClient, 'sendText'>,
  retry: RetryPolicy = DEFAULT_RETRY,
): (openid: string, texts: readonly string[]) => Promise<void> {
  return async (openid, texts) => {
    for (const text of texts) await withRetry(() => client.sendText(openid, text), retry);
  };
}

async function withRetry(send: () => Promise<void>, retry: RetryPolicy): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      const retryable =
        (error instanceof WechatApiError || error instanceof WechatNetworkError) && error.retryable;
      if (!retryable || attempt >= retry.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.baseDelayMs * 4 ** (attempt - 1)));
    }
  }
}

/** A case update for one resident: the text for the chat, and the template to use after the 48-hour window. */
export interface CaseUpdateDelivery {
  openid: string;
  text: string;
  /** Without it, a resident outside the window cannot be reached on WeChat. */
  template?: Omit<TemplateMessage, 'openid'>;
}

/**
 * Delivers a case update: as a customer-service message while WeChat allows one, else (45015 outside
 * the 48-hour window, 45047 over the message count) as a template message. Resolves with the way it
 * went; rejects with the WechatApiError or WechatNetworkError when the resident could not be reached,
 * which the caller reports to the console.
 */
export async function sendCaseUpdate(
  client: Pick<WechatApiClient, 'sendText' | 'sendTemplate'>,
  update: CaseUpdateDelivery,
): Promise<'customer_service' | 'template'> {
  try {
    await client.sendText(update.openid, update.text);
    return 'customer_service';
  } catch (error) {
    if (!(error instanceof WechatApiError) || !error.useTemplate || !update.template) throw error;
    await client.sendTemplate({ ...update.template, openid: update.openid });
    return 'template';
  }
}

/** A case update in a template's fields. */
export interface CaseUpdateFields {
  caseNo: string;
  /** A short status such as 已受理, 审核中, 已办结. */
  status: string;
  at: Date;
  note?: string;
}

/** Template keys of the case-update template chosen in the OA backend; match them to its fields. */
export interface CaseUpdateTemplateKeys {
  caseNo: string;
  status: string;
  time: string;
  note?: string;
}

/**
 * The keys of a typical 办理进度 template (受理编号 / 办理状态 / 更新时间 / 备注). WeChat shows each
 * template's own keys in the backend under 模板消息 → 我的模板; pass those if they differ.
 */
export const DEFAULT_CASE_UPDATE_KEYS: CaseUpdateTemplateKeys = {
  caseNo: 'character_string1',
  status: 'phrase2',
  time: 'time3',
  note: 'thing4',
};

/**
 * Fills a case-update template within WeChat's value limits (thing ≤ 20 characters, phrase ≤ 5,
 * character_string ≤ 32), with the time in China Standard Time.
 */
export function caseUpdateTemplateData(
  fields: CaseUpdateFields,
  keys: CaseUpdateTemplateKeys = DEFAULT_CASE_UPDATE_KEYS,
): Record<string, string> {
  const data: Record<string, string> = {
    [keys.caseNo]: [...fields.caseNo].slice(0, 32).join(''),
    [keys.status]: [...fields.status].slice(0, 5).join(''),
    [keys.time]: chinaTime(fields.at),
  };
  if (keys.note && fields.note) data[keys.note] = [...fields.note].slice(0, 20).join('');
  return data;
}

function chinaTime(at: Date): string {
  // UTC+8 all year (no daylight saving), formatted as WeChat's time fields expect: 2024-05-01 09:30.
  const local = new Date(at.getTime() + 8 * 3600_000);
  return local.toISOString().slice(0, 16).replace('T', ' ');
}
