import { make } from './dom.js';
import { el } from './elements.js';
import { clockTime, dateOnly } from './format.js';
import { channelLabel, URGENCY_LABEL } from './labels.js';
import { caseStatusLabel, fieldLabel, typeLabel } from './meta.js';
import { revealControl } from './reveal-control.js';
import type { CurrentCase } from './state.js';

function fact(label: string, value: Node | string | null | undefined): void {
  el.summary.append(make('dt', '', label));
  const dd = make('dd', '');
  if (value instanceof Node) dd.append(value);
  else dd.textContent = value === undefined || value === null || value === '' ? '未知' : value;
  el.summary.append(dd);
}

function reasonsBox(reasons: readonly string[]): HTMLElement {
  const box = make('div', 'reasons');
  for (const r of reasons) box.append(make('span', 'reason', r));
  return box;
}

/** 「情况摘要」: who, where, the number to call back, how urgent and why, and the application so far. */
export function renderSummary(current: CurrentCase): void {
  el.summary.replaceChildren();
  el.formData.replaceChildren();
  const s = current.summary;
  fact('有危险的人', s.personAtRisk);
  fact('姓名', s.name);
  fact('位置', s.location);
  // Masked by the server; the full number needs a reason (reveal-control.ts).
  fact('电话', s.phone ? revealControl(current.handoff.id, 'phone', s.phone) : '未留电话');
  fact('紧急程度', URGENCY_LABEL[s.urgency]);
  const reasons = s.reasons.length ? s.reasons : current.handoff.reasons;
  fact('风险原因', reasons.length ? reasonsBox(reasons) : '无');
  fact('渠道', channelLabel(current.handoff.channel));
  fact('求助时间', clockTime(current.handoff.createdAt));

  const form = s.form;
  if (!form?.type) return;
  el.formData.append(make('h4', '', `已填的申请：${typeLabel(form.type)}`));
  const entries = Object.entries(form.fields);
  if (!entries.length) {
    el.formData.append(make('p', 'muted', '还没有填写内容。'));
    return;
  }
  const dl = make('dl', 'facts form-fields');
  for (const [name, value] of entries) {
    dl.append(make('dt', '', fieldLabel(name)));
    const dd = make('dd', '');
    if (name === 'id_number' && typeof value === 'string')
      dd.append(revealControl(current.handoff.id, 'idNumber', value));
    else dd.textContent = String(value);
    dl.append(dd);
  }
  el.formData.append(dl);
}

/** 「此前的案件」: the person's cases, this request's own marked. */
export function renderEarlier(current: CurrentCase): void {
  el.earlier.replaceChildren();
  if (!current.earlierCases.length) {
    el.earlier.append(make('li', 'muted', '没有此前的案件。'));
    return;
  }
  for (const c of current.earlierCases) {
    const li = make('li', '');
    li.append(make('span', 'case-no', c.caseNo));
    if (c.caseNo === current.handoff.caseNo) li.append(make('span', 'flag this-case', '本次求助'));
    li.append(make('span', '', typeLabel(c.type)));
    li.append(make('span', 'muted', caseStatusLabel(c.status)));
    li.append(make('span', 'muted', dateOnly(c.acceptedAt)));
    el.earlier.append(li);
  }
}
