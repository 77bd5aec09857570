/** What an errcode means for the caller: what to do about it, and whether trying again can help. */
export interface WechatErrorAdvice {
  /** What to check or do, in English, naming the variable or the OA backend page. */
  hint: string;
  /** The same for Chinese-speaking operators. */
  hintZh: string;
  retryable: boolean;
  /** The access token was refused: fetch a new one and try once more. */
  tokenRejected?: boolean;
  /** The customer-service window is closed for this resident: send a template message instead. */
  useTemplate?: boolean;
}

// From WeChat's global return codes (全局返回码) and the customer-service, template and menu APIs.
const ADVICE: Readonly<Record<number, WechatErrorAdvice>> = {
  [-1]: { hint: 'WeChat is busy; try again shortly', hintZh: '微信系统繁忙，稍后重试', retryable: true },
  40001: {
    hint: 'the access token was refused (expired, or replaced by another server fetching tokens for the same AppID)',
    hintZh: 'access_token 无效（已过期，或被同一 AppID 的其他服务刷新）',
    retryable: true,
    tokenRejected: true,
  },
  40002: {
    hint: 'grant_type must be client_credential',
    hintZh: 'grant_type 应为 client_credential',
    retryable: false,
  },
  40003: {
    hint: 'the openid does not belong to this Official Account (WECHAT_APP_ID)',
    hintZh: 'openid 不属于本公众号，检查 WECHAT_APP_ID',
    retryable: false,
  },
  40013: {
    hint: 'the AppID is wrong: check WECHAT_APP_ID',
    hintZh: 'AppID 错误，检查 WECHAT_APP_ID',
    retryable: false,
  },
  40014: {
    hint: 'the access token is malformed',
    hintZh: 'access_token 不合法',
    retryable: true,
    tokenRejected: true,
  },
  40016: {
    hint: 'the menu has too many buttons (1–3, each with 1–5 sub-buttons)',
    hintZh: '菜单按钮个数不合法',
    retryable: false,
  },
  40017: { hint: 'a menu button has an unknown type', hintZh: '菜单按钮类型不合法', retryable: false },
  40018: { hint: 'a menu button name is too long', hintZh: '菜单名称过长', retryable: false },
  40019: {
    hint: 'a menu button key is too long (at most 128 bytes)',
    hintZh: '菜单 KEY 过长',
    retryable: false,
  },
  40037: {
    hint: 'the template id is wrong: check WECHAT_TEMPLATE_ID_CASE_UPDATE against the OA backend (模板消息 → 我的模板)',
    hintZh: '模板 ID 错误，检查 WECHAT_TEMPLATE_ID_CASE_UPDATE',
    retryable: false,
  },
  40125: {
    hint: 'the AppSecret is wrong: check WECHAT_APP_SECRET (reset it in the OA backend under 基本配置 if unsure)',
    hintZh: 'AppSecret 错误，检查 WECHAT_APP_SECRET',
    retryable: false,
  },
  40164: {
    hint: "this server's IP address is not on the Official Account's IP whitelist: add it under 基本配置 → IP白名单",
    hintZh: '服务器 IP 不在公众号 IP 白名单中，在「基本配置 → IP白名单」中添加',
    retryable: false,
  },
  41001: {
    hint: 'the access token is missing',
    hintZh: '缺少 access_token',
    retryable: true,
    tokenRejected: true,
  },
  42001: {
    hint: 'the access token expired',
    hintZh: 'access_token 已过期',
    retryable: true,
    tokenRejected: true,
  },
  43004: {
    hint: 'the resident no longer follows the Official Account; nothing can be sent until they follow it again',
    hintZh: '居民已取消关注，无法发送',
    retryable: false,
  },
  45002: { hint: 'the message is too long for WeChat', hintZh: '消息内容超长', retryable: false },
  45009: {
    hint: "the API's daily quota is used up; sends resume tomorrow (or clear the quota in the OA backend)",
    hintZh: '接口当日调用次数已达上限',
    retryable: false,
  },
  45011: {
    hint: 'too many calls this minute; try again in a minute',
    hintZh: '调用频率超限，一分钟后重试',
    retryable: true,
  },
  45015: {
    hint: 'the 48-hour customer-service window is closed for this resident: send a template message instead',
    hintZh: '已超过 48 小时客服消息时限，改用模板消息',
    retryable: false,
    useTemplate: true,
  },
  45047: {
    hint: 'too many customer-service messages since the resident last wrote: send a template message instead',
    hintZh: '客服消息下发条数超过上限，改用模板消息',
    retryable: false,
    useTemplate: true,
  },
  47001: { hint: 'WeChat could not read the request body', hintZh: '请求数据格式错误', retryable: false },
  48001: {
    hint: 'this Official Account may not use this API: it needs a verified service account (认证服务号) with the permission',
    hintZh: '公众号没有该接口权限（需要已认证的服务号）',
    retryable: false,
  },
  48004: { hint: 'WeChat has blocked this API for the account', hintZh: '接口已被封禁', retryable: false },
};

/** The advice for an errcode, with a generic line for codes not listed. */
export function adviceFor(code: number): WechatErrorAdvice {
  return (
    ADVICE[code] ?? {
      hint: `WeChat returned errcode ${code}; look it up in WeChat's global return codes (全局返回码)`,
      hintZh: `微信返回错误码 ${code}，请查阅全局返回码说明`,
      retryable: false,
    }
  );
}

/** WeChat answered with errcode ≠ 0: the request arrived and was refused. */
export class WechatApiError extends Error {
  override readonly name = 'WechatApiError';
  readonly hint: string;
  readonly hintZh: string;
  readonly retryable: boolean;
  /** True for 45015 and 45047: the caller should fall back to the template message. */
  readonly useTemplate: boolean;
  constructor(
    /** Which API refused, e.g. `message/custom/send`. */
    readonly api: string,
    readonly code: number,
    /** WeChat's own errmsg, with its request id (rid) for WeChat support. */
    readonly errmsg: string,
    advice: WechatErrorAdvice = adviceFor(code),
  ) {
    super(`WeChat ${api} refused with errcode ${code}: ${advice.hint}`);
    this.hint = advice.hint;
    this.hintZh = advice.hintZh;
    this.retryable = advice.retryable;
    this.useTemplate = advice.useTemplate ?? false;
  }
}

/** The request did not get a WeChat answer: network failure, timeout, an HTTP error or a body that is not JSON. */
export class WechatNetworkError extends Error {
  override readonly name = 'WechatNetworkError';
  /** Always worth another try later: nothing says WeChat refused. */
  readonly retryable = true;
  constructor(
    readonly api: string,
    message: string,
    /** The HTTP status when there was a response. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`WeChat ${api}: ${message}`, options);
  }
}
