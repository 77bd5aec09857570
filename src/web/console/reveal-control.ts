import { make } from './dom.js';
import { messageOf, request } from './http.js';

/** Which masked field a reveal asks for (the server's REVEALABLE_FIELDS). */
type RevealField = 'idNumber' | 'phone';

function phoneLink(phone: string): HTMLAnchorElement {
  const link = make('a', 'tel', phone);
  link.href = `tel:${phone.replace(/[^0-9+]/g, '')}`;
  link.title = '点击拨打';
  return link;
}

/**
 * A masked ID number or phone with a 「查看完整」 button: it asks why, and only then asks the server, which
 * writes the operator's name and reason into the audit log before answering.
 */
export function revealControl(handoffId: string, field: RevealField, masked: string): HTMLElement {
  const box = make('span', 'reveal');
  const shown = make('span', 'masked', masked);
  const button = make('button', 'reveal-button', '查看完整');
  button.type = 'button';
  button.title = '查看完整号码需要填写理由，会记录在审计日志里';
  button.addEventListener('click', () => {
    const reason = window.prompt(
      `为什么需要查看完整的${field === 'phone' ? '电话' : '身份证号'}？（例如：回拨居民）\n理由和您的姓名会记入审计日志。`,
    );
    if (reason === null || reason.trim().length < 2) return;
    button.disabled = true;
    request<{ value: string }>('POST', `/api/v1/handoffs/${encodeURIComponent(handoffId)}/reveal`, {
      field,
      reason: reason.trim(),
    })
      .then(({ value }) =>
        box.replaceChildren(field === 'phone' ? phoneLink(value) : make('span', '', value)),
      )
      .catch((error: unknown) => {
        button.disabled = false;
        button.title = messageOf(error);
        window.alert(`没有查看成功：${messageOf(error)}`);
      });
  });
  box.append(shown, ' ', button);
  return box;
}
