// The operator console: the green-channel queue, pushed live over /ws/console, and the case a
// window or hotline operator is working on. Every text that came from a resident, an operator or the
// server is set with textContent, so an HTML or script payload stays inert.
// Token and selected handoff live in sessionStorage (and the selection in the URL hash), so a reload
// or a dropped connection comes back to the same place.

const TOKEN_KEY = 'yimen.console.token';
const USER_KEY = 'yimen.console.user';
const SELECTED_KEY = 'yimen.console.selected';

const PRIORITY_LABEL = { critical: '紧急', high: '加急', normal: '一般' };
const PRIORITY_RANK = { critical: 0, high: 1, normal: 2 };
const STATUS_LABEL = { queued: '待接手', claimed: '处理中', resolved: '已结案' };
const AUTHOR_LABEL = { resident: '居民', bot: '机器人', operator: '工作人员', system: '系统' };
const CHANNEL_LABEL = { web: '网页', rest: '接口', wechat: '微信', phone: '电话', console: '值班台' };
const URGENCY_LABEL = { critical: '紧急', high: '加急', normal: '一般', none: '一般', low: '一般' };
const OUTCOME_LABEL = {
  called_back: '已回电',
  dispatched_110: '已派110',
  dispatched_120: '已派120',
  transferred: '已转部门并建案',
  referred: '已转介慈善等',
  false_alarm: '误报',
  handed_back: '已交还机器人',
};
const TYPE_LABEL = {
  minimum_living: '低保',
  extreme_poverty: '特困供养',
  temporary: '临时救助',
  medical: '医疗救助',
  education: '教育救助',
  housing: '住房救助',
  employment: '就业救助',
  disaster: '受灾救助',
  disability: '残疾人救助',
  worker_hardship: '困难职工救助',
  women_children: '妇女儿童救助',
  youth: '困境青少年救助',
  vagrant: '流浪乞讨救助',
  legal_aid: '法律援助',
  family_planning: '计生特殊家庭救助',
  red_cross: '红十字救助',
  charity: '慈善救助',
};
// Field labels of the forms in forms/*.yaml; an unknown field shows its own name.
const FIELD_LABEL = {
  applicant_relation: '申请方式',
  applicant_name: '申请人姓名',
  id_number: '身份证号',
  phone: '联系电话',
  address: '居住地址',
  household_size: '家庭人口',
  monthly_income: '家庭月收入',
  hardship: '困难情况',
  disability_certificate: '残疾证',
  disaster_event: '受灾情况',
  student_stage: '学生就读阶段',
  employment_status: '就业情况',
  supporters: '赡养人情况',
  self_care: '生活自理能力',
  housing_situation: '住房情况',
  illness: '病情和就医情况',
  medical_costs: '个人自付医疗费',
  special_members: '家庭特殊情况',
  hardship_cause: '困难原因',
  report_subject: '被报告人',
  reporter_phone: '报告人电话',
};
const CASE_STATUS_LABEL = {
  registered: '已登记',
  transferred: '已转交',
  accepted: '部门已受理',
  approved: '已批准',
  refused: '未批准',
  completed: '已办结',
  referred: '已转介',
  cancelled: '已撤销',
};

const $ = (id) => document.getElementById(id);
const el = {
  loginView: $('login-view'),
  loginForm: $('login-form'),
  loginUser: $('login-username'),
  loginPass: $('login-password'),
  loginError: $('login-error'),
  loginSubmit: $('login-submit'),
  appView: $('app-view'),
  conn: $('conn'),
  me: $('me'),
  logout: $('logout'),
  notifyEnable: $('notify-enable'),
  banner: $('banner'),
  tabOpen: $('tab-open'),
  tabResolved: $('tab-resolved'),
  openCount: $('open-count'),
  queue: $('queue'),
  queueEmpty: $('queue-empty'),
  placeholder: $('case-placeholder'),
  caseView: $('case'),
  caseBadge: $('case-badge'),
  caseHeading: $('case-heading'),
  caseState: $('case-state'),
  caseError: $('case-error'),
  claim: $('claim'),
  release: $('release'),
  closeCase: $('close-case'),
  transcript: $('transcript'),
  replyForm: $('reply-form'),
  replyInput: $('reply-input'),
  replySend: $('reply-send'),
  summary: $('summary'),
  formData: $('form-data'),
  earlier: $('earlier'),
  resolvePanel: $('resolve-panel'),
  resolveForm: $('resolve-form'),
  resolveOutcome: $('resolve-outcome'),
  resolveNote: $('resolve-note'),
  resolveTypeRow: $('resolve-type-row'),
  resolveType: $('resolve-type'),
  resolveSubmit: $('resolve-submit'),
};

// ---------------------------------------------------------------- state

let token = sessionStorage.getItem(TOKEN_KEY);
let user = readJson(sessionStorage.getItem(USER_KEY));
/** Open handoffs by id, as the server last described them. */
const queue = new Map();
/** Resolved handoffs, fetched when that tab is shown. */
let resolvedList = [];
let view = 'open';
/** The handoff on screen: { id, handoff, summary, earlierCases, messageIds:Set } */
let current = null;
let selectedId = null;
/** Handoffs already announced with a sound, so an update does not ring again. */
const announced = new Set();

function readJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- helpers

function clear(node) {
  node.replaceChildren();
}

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** 「mm:ss」, or 「h:mm:ss」 after an hour. */
function elapsed(fromIso) {
  const from = Date.parse(fromIso);
  if (Number.isNaN(from)) return '--:--';
  const total = Math.max(0, Math.floor((Date.now() - from) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

function clockTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const today = new Date();
  const sameDay = d.toDateString() === today.toDateString();
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return sameDay ? hm : `${d.getMonth() + 1}月${d.getDate()}日 ${hm}`;
}

function dateOnly(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso ? String(iso) : '';
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

function isUuid(text) {
  return (
    typeof text === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)
  );
}

/** Whether the logged-in operator holds this handoff (the server may name the holder by id, name or username). */
function mine(handoff) {
  if (!handoff || handoff.status !== 'claimed' || !user) return false;
  if (handoff.claimedById) return handoff.claimedById === user.id;
  const by = handoff.claimedBy;
  return by === user.id || by === user.displayName || by === user.username;
}

function holderName(handoff) {
  const by = handoff && handoff.claimedBy;
  if (!by) return '';
  if (user && (by === user.id || by === user.username)) return user.displayName;
  if (isUuid(by)) return handoff.claimedByName || '其他工作人员';
  return by;
}

function compareHandoffs(a, b) {
  const rank = (PRIORITY_RANK[a.priority] ?? 3) - (PRIORITY_RANK[b.priority] ?? 3);
  if (rank !== 0) return rank;
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

function showBanner(text) {
  el.banner.hidden = !text;
  el.banner.textContent = text || '';
}

function showCaseError(text) {
  el.caseError.hidden = !text;
  el.caseError.textContent = text || '';
}

function setConn(state) {
  const labels = { online: '实时连接正常', connecting: '正在连接…', offline: '连接断开，正在重连…' };
  el.conn.textContent = labels[state] || '';
  el.conn.dataset.state = state;
}

// ---------------------------------------------------------------- HTTP

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error && body.error.message) || `请求失败（${status}）`);
    this.status = status;
    this.code = body && body.error && body.error.code;
    this.body = body;
  }
}

async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { error: { code: 'network', message: '网络不通，请稍后再试。' } });
  }
  const text = await response.text();
  const data = readJson(text);
  if (response.status === 401 && path !== '/api/v1/auth/login') {
    signOut('登录已过期或已在别处退出，请重新登录。');
    throw new ApiError(401, data);
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// ---------------------------------------------------------------- login / logout

function showLogin(message) {
  el.appView.hidden = true;
  el.loginView.hidden = false;
  el.loginError.hidden = !message;
  el.loginError.textContent = message || '';
  el.loginPass.value = '';
  (el.loginUser.value ? el.loginPass : el.loginUser).focus();
}

function showApp() {
  el.loginView.hidden = true;
  el.appView.hidden = false;
  el.me.textContent = user ? user.displayName : '';
  updateNotifyButton();
}

el.loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  unlockAudio();
  el.loginSubmit.disabled = true;
  el.loginError.hidden = true;
  try {
    const result = await api('POST', '/api/v1/auth/login', {
      username: el.loginUser.value.trim(),
      password: el.loginPass.value,
    });
    if (!['operator', 'admin'].includes(result.user.role)) {
      token = result.token;
      await api('POST', '/api/v1/auth/logout').catch(() => {});
      token = null;
      showLogin('值班台只对窗口/热线工作人员和管理员开放。');
      return;
    }
    token = result.token;
    user = result.user;
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
    start();
  } catch (error) {
    showLogin(error.message);
  } finally {
    el.loginSubmit.disabled = false;
  }
});

el.logout.addEventListener('click', async () => {
  if (token) await api('POST', '/api/v1/auth/logout').catch(() => {});
  signOut('');
});

let stopped = true;

function signOut(message) {
  stopped = true;
  token = null;
  user = null;
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
  disconnect();
  queue.clear();
  current = null;
  showLogin(message);
}

// ---------------------------------------------------------------- sound and notifications

let audio = null;

/** Browsers start audio only after a click; the login click or any later click unlocks it. */
function unlockAudio() {
  try {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    if (!audio) audio = new Ctx();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = null;
  }
}
document.addEventListener('pointerdown', unlockAudio, { capture: true });
document.addEventListener('keydown', unlockAudio, { capture: true });

/** Three short beeps made with Web Audio (no sound files). */
function beep() {
  if (!audio) unlockAudio();
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  for (let i = 0; i < 3; i += 1) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    const t = start + i * 0.28;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.2);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.22);
  }
}

function updateNotifyButton() {
  el.notifyEnable.hidden = !('Notification' in window) || Notification.permission !== 'default';
}

el.notifyEnable.addEventListener('click', async () => {
  try {
    await Notification.requestPermission();
  } catch {
    /* ignored: the sound still works */
  }
  updateNotifyButton();
});

function notify(title, body, handoffId) {
  window.__consoleAlerts = (window.__consoleAlerts || 0) + 1;
  beep();
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  try {
    const n = new Notification(title, { body, tag: `handoff-${handoffId}`, requireInteraction: true });
    n.onclick = () => {
      window.focus();
      select(handoffId);
      n.close();
    };
  } catch {
    /* some browsers allow notifications only from a service worker */
  }
}

function announceIfCritical(handoff) {
  if (handoff.priority !== 'critical' || handoff.status !== 'queued') return;
  if (announced.has(handoff.id)) return;
  announced.add(handoff.id);
  notify('紧急求助', handoff.preview || '有一条紧急求助等待接手', handoff.id);
}

// ---------------------------------------------------------------- queue

function renderQueue() {
  const items =
    view === 'open'
      ? [...queue.values()].filter((h) => h.status !== 'resolved').sort(compareHandoffs)
      : resolvedList;
  el.openCount.textContent = String([...queue.values()].filter((h) => h.status !== 'resolved').length);
  el.queueEmpty.textContent = view === 'open' ? '现在没有等待处理的求助。' : '还没有已结案的求助。';
  el.queueEmpty.hidden = items.length > 0;
  const rows = items.map(queueRow);
  el.queue.replaceChildren(...rows);
  tick();
}

function queueRow(h) {
  const li = make('li', `row priority-${h.priority}`);
  li.dataset.id = h.id;
  const open = h.status !== 'resolved';
  if (open && h.overdue) li.classList.add('overdue');
  if (open && h.stale) li.classList.add('stale');
  if (h.status === 'claimed') li.classList.add('claimed');
  if (h.id === selectedId) li.classList.add('selected');

  const button = make('button', 'row-button');
  button.type = 'button';
  button.addEventListener('click', () => select(h.id));

  const top = make('div', 'row-top');
  top.append(make('span', `badge ${h.priority}`, PRIORITY_LABEL[h.priority] || h.priority));
  const wait = make('span', 'wait');
  wait.dataset.since = h.status === 'resolved' ? '' : h.createdAt;
  if (h.status === 'resolved') wait.textContent = clockTime(h.createdAt);
  top.append(wait);
  if (open && h.overdue) top.append(make('span', 'flag overdue-flag', '超时未接手'));
  if (open && h.stale) top.append(make('span', 'flag stale-flag', '久未回复'));
  li.append(button);
  button.append(top);

  const meta = make('div', 'row-meta');
  let who = STATUS_LABEL[h.status] || h.status;
  if (h.status === 'claimed') who = mine(h) ? '我正在处理' : `${holderName(h)} 处理中`;
  if (h.status === 'resolved' && h.outcome) who = `已结案 · ${OUTCOME_LABEL[h.outcome] || h.outcome}`;
  meta.append(make('span', 'row-status', who));
  meta.append(make('span', 'row-channel', CHANNEL_LABEL[h.channel] || h.channel || ''));
  button.append(meta);

  if (Array.isArray(h.reasons) && h.reasons.length) {
    const reasons = make('div', 'reasons');
    for (const reason of h.reasons) reasons.append(make('span', 'reason', reason));
    button.append(reasons);
  }
  button.append(make('p', 'preview', h.preview || '（没有文字）'));
  return li;
}

/** Updates the running timers once a second without rebuilding the list. */
function tick() {
  for (const node of el.queue.querySelectorAll('.wait[data-since]')) {
    if (node.dataset.since) node.textContent = `等待 ${elapsed(node.dataset.since)}`;
  }
  if (current && current.handoff) {
    const h = current.handoff;
    el.caseState.textContent = caseStateText(h);
  }
}
setInterval(tick, 1000);

function upsert(handoff) {
  if (!handoff || !handoff.id) return;
  if (handoff.status === 'resolved') queue.delete(handoff.id);
  else queue.set(handoff.id, handoff);
  if (current && current.id === handoff.id) {
    current.handoff = handoff;
    renderCaseHead();
  }
  if (view === 'resolved' && handoff.status === 'resolved') void loadResolved();
  renderQueue();
}

async function loadOpen() {
  const data = await api('GET', '/api/v1/handoffs?status=open');
  queue.clear();
  for (const h of data.handoffs || []) queue.set(h.id, h);
  renderQueue();
}

async function loadResolved() {
  const data = await api('GET', '/api/v1/handoffs?status=resolved');
  resolvedList = data.handoffs || [];
  if (view === 'resolved') renderQueue();
}

function setView(next) {
  view = next;
  el.tabOpen.setAttribute('aria-selected', String(next === 'open'));
  el.tabResolved.setAttribute('aria-selected', String(next === 'resolved'));
  renderQueue();
  if (next === 'resolved') loadResolved().catch((error) => showBanner(error.message));
}
el.tabOpen.addEventListener('click', () => setView('open'));
el.tabResolved.addEventListener('click', () => setView('resolved'));

// ---------------------------------------------------------------- selected case

function caseStateText(h) {
  const parts = [];
  if (h.status === 'resolved') {
    parts.push('已结案');
    if (h.outcome) parts.push(OUTCOME_LABEL[h.outcome] || h.outcome);
  } else if (h.status === 'claimed') {
    parts.push(mine(h) ? '由你处理中' : `${holderName(h)} 处理中`);
    parts.push(`已等待 ${elapsed(h.createdAt)}`);
  } else {
    parts.push('待接手');
    parts.push(`已等待 ${elapsed(h.createdAt)}`);
  }
  if (h.status !== 'resolved' && h.overdue) parts.push('超时未接手');
  if (h.status !== 'resolved' && h.stale) parts.push('超过10分钟未回复居民');
  return parts.join(' · ');
}

function rememberSelection(id) {
  selectedId = id;
  if (id) {
    sessionStorage.setItem(SELECTED_KEY, id);
    if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  } else {
    sessionStorage.removeItem(SELECTED_KEY);
    history.replaceState(null, '', location.pathname + location.search);
  }
  for (const row of el.queue.querySelectorAll('.row')) {
    row.classList.toggle('selected', row.dataset.id === id);
  }
}

async function select(id) {
  if (!id) return;
  rememberSelection(id);
  showCaseError('');
  el.placeholder.hidden = true;
  el.caseView.hidden = false;
  try {
    await loadCase(id);
  } catch (error) {
    if (error.status === 404) {
      closeCase();
      showBanner('这条求助已不存在。');
    } else if (error.status !== 401) {
      showCaseError(error.message);
    }
  }
}

async function loadCase(id) {
  const data = await api('GET', `/api/v1/handoffs/${encodeURIComponent(id)}`);
  if (selectedId !== id) return;
  const keepDraft = current && current.id === id ? el.replyInput.value : '';
  current = {
    id,
    handoff: data.handoff,
    summary: data.summary || {},
    earlierCases: data.earlierCases || [],
    messageIds: new Set(),
  };
  if (data.handoff && data.handoff.status !== 'resolved') queue.set(id, data.handoff);
  el.transcript.replaceChildren();
  for (const m of data.transcript || []) appendMessage(m);
  el.transcript.scrollTop = el.transcript.scrollHeight;
  renderSummary();
  renderEarlier();
  renderCaseHead();
  el.replyInput.value = keepDraft;
  renderQueue();
}

function closeCase() {
  current = null;
  rememberSelection(null);
  el.caseView.hidden = true;
  el.placeholder.hidden = false;
}
el.closeCase.addEventListener('click', closeCase);

function renderCaseHead() {
  const h = current.handoff;
  el.caseBadge.className = `badge ${h.priority}`;
  el.caseBadge.textContent = PRIORITY_LABEL[h.priority] || h.priority;
  const name = current.summary && current.summary.name;
  el.caseHeading.textContent = name ? `${name} 的求助` : '求助详情';
  el.caseState.textContent = caseStateText(h);
  el.caseView.classList.toggle('overdue', Boolean(h.overdue));
  const holding = mine(h);
  el.claim.hidden = h.status !== 'queued';
  el.release.hidden = !holding;
  el.replyForm.hidden = !holding;
  el.resolvePanel.hidden = h.status === 'resolved' || (h.status === 'claimed' && !holding);
}

function appendMessage(m) {
  if (!current || !m) return;
  if (m.id && current.messageIds.has(m.id)) return;
  if (m.id) current.messageIds.add(m.id);
  const li = make('li', `msg ${m.author}`);
  if (m.id) li.dataset.id = m.id;
  const head = make('div', 'msg-head');
  head.append(make('span', 'who', AUTHOR_LABEL[m.author] || m.author));
  head.append(make('time', 'at', clockTime(m.at)));
  li.append(head);
  li.append(make('div', 'text', m.text));
  const atBottom = el.transcript.scrollHeight - el.transcript.scrollTop - el.transcript.clientHeight < 40;
  el.transcript.append(li);
  if (atBottom || m.author === 'operator') el.transcript.scrollTop = el.transcript.scrollHeight;
}

function fact(label, value) {
  el.summary.append(make('dt', '', label));
  const dd = make('dd', '');
  if (value instanceof Node) dd.append(value);
  else dd.textContent = value === undefined || value === null || value === '' ? '未知' : String(value);
  el.summary.append(dd);
  return dd;
}

function renderSummary() {
  clear(el.summary);
  clear(el.formData);
  const s = current.summary || {};
  fact('姓名', s.name);
  fact('位置', s.location);
  if (s.phone) {
    const link = make('a', 'tel', s.phone);
    link.href = `tel:${String(s.phone).replace(/[^0-9+]/g, '')}`;
    link.title = '点击拨打';
    fact('电话', link);
  } else {
    fact('电话', '未留电话');
  }
  fact('紧急程度', URGENCY_LABEL[s.urgency] || s.urgency);
  const reasons = Array.isArray(s.reasons) && s.reasons.length ? s.reasons : current.handoff.reasons;
  if (Array.isArray(reasons) && reasons.length) {
    const box = make('div', 'reasons');
    for (const r of reasons) box.append(make('span', 'reason', r));
    fact('风险原因', box);
  } else {
    fact('风险原因', '无');
  }
  fact('渠道', CHANNEL_LABEL[current.handoff.channel] || current.handoff.channel);
  fact('求助时间', clockTime(current.handoff.createdAt));

  const form = s.form;
  if (form && form.type) {
    el.formData.append(make('h4', '', `已填的申请：${TYPE_LABEL[form.type] || form.type}`));
    const dl = make('dl', 'facts form-fields');
    const fields = form.fields || {};
    const entries = Array.isArray(fields)
      ? fields.map((f) => [f.label || f.name || f.key, f.value])
      : Object.entries(fields);
    if (!entries.length) el.formData.append(make('p', 'muted', '还没有填写内容。'));
    for (const [key, value] of entries) {
      dl.append(make('dt', '', FIELD_LABEL[key] || key));
      dl.append(make('dd', '', typeof value === 'object' && value !== null ? JSON.stringify(value) : value));
    }
    if (entries.length) el.formData.append(dl);
  }
}

function renderEarlier() {
  clear(el.earlier);
  if (!current.earlierCases.length) {
    el.earlier.append(make('li', 'muted', '没有此前的案件。'));
    return;
  }
  for (const c of current.earlierCases) {
    const li = make('li', '');
    li.append(make('span', 'case-no', c.caseNo));
    if (current.handoff && c.caseNo === current.handoff.caseNo)
      li.append(make('span', 'flag this-case', '本次求助'));
    li.append(make('span', '', TYPE_LABEL[c.type] || c.type));
    li.append(make('span', 'muted', CASE_STATUS_LABEL[c.status] || c.status));
    li.append(make('span', 'muted', dateOnly(c.acceptedAt)));
    el.earlier.append(li);
  }
}

el.claim.addEventListener('click', async () => {
  if (!current) return;
  const id = current.id;
  el.claim.disabled = true;
  showCaseError('');
  try {
    const data = await api('POST', `/api/v1/handoffs/${encodeURIComponent(id)}/claim`);
    if (data && data.handoff) upsert(data.handoff);
    el.replyInput.focus();
  } catch (error) {
    if (error.status === 409) {
      let name = '';
      try {
        const fresh = await api('GET', `/api/v1/handoffs/${encodeURIComponent(id)}`);
        if (fresh.handoff) {
          upsert(fresh.handoff);
          name = fresh.handoff.claimedBy && !isUuid(fresh.handoff.claimedBy) ? holderName(fresh.handoff) : '';
        }
      } catch {
        /* the message below still says what happened */
      }
      showCaseError(name ? `已被${name}接手` : error.message || '已被其他工作人员接手');
    } else if (error.status !== 401) {
      showCaseError(error.message);
    }
  } finally {
    el.claim.disabled = false;
  }
});

el.release.addEventListener('click', async () => {
  if (!current) return;
  if (!window.confirm('交还给机器人后，机器人会继续和居民对话。确定吗？')) return;
  showCaseError('');
  try {
    const data = await api('POST', `/api/v1/handoffs/${encodeURIComponent(current.id)}/release`);
    if (data && data.handoff) upsert(data.handoff);
    else await loadCase(current.id);
  } catch (error) {
    if (error.status !== 401) showCaseError(error.message);
  }
});

async function sendReply() {
  if (!current) return;
  const text = el.replyInput.value.trim();
  if (!text) return;
  el.replySend.disabled = true;
  showCaseError('');
  try {
    const data = await api('POST', `/api/v1/handoffs/${encodeURIComponent(current.id)}/messages`, { text });
    el.replyInput.value = '';
    if (data && data.message) appendMessage(data.message);
    if (data && data.handoff) upsert(data.handoff);
  } catch (error) {
    if (error.status !== 401) showCaseError(`没有发出去：${error.message}`);
  } finally {
    el.replySend.disabled = false;
    el.replyInput.focus();
  }
}
el.replyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void sendReply();
});
el.replyInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    void sendReply();
  }
});

// 「已转部门并建案」 may say which assistance the case is for; the server creates or links the case.
el.resolveType.append(make('option', '', '暂不确定'));
el.resolveType.firstChild.value = '';
for (const [code, label] of Object.entries(TYPE_LABEL)) {
  const option = make('option', '', label);
  option.value = code;
  el.resolveType.append(option);
}
el.resolveOutcome.addEventListener('change', () => {
  el.resolveTypeRow.hidden = el.resolveOutcome.value !== 'transferred';
});

el.resolveForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!current) return;
  const outcome = el.resolveOutcome.value;
  if (!outcome) {
    showCaseError('请选择处理结果。');
    return;
  }
  const note = el.resolveNote.value.trim();
  el.resolveSubmit.disabled = true;
  showCaseError('');
  try {
    const data = await api('POST', `/api/v1/handoffs/${encodeURIComponent(current.id)}/resolve`, {
      outcome,
      ...(note ? { note } : {}),
      ...(outcome === 'transferred' && el.resolveType.value ? { caseType: el.resolveType.value } : {}),
    });
    const resolved = (data && data.handoff) || { ...current.handoff, status: 'resolved', outcome };
    upsert({ ...resolved, outcome: resolved.outcome || outcome });
    el.resolveOutcome.value = '';
    el.resolveNote.value = '';
    el.resolveType.value = '';
    el.resolveTypeRow.hidden = true;
  } catch (error) {
    if (error.status !== 401) showCaseError(error.message);
  } finally {
    el.resolveSubmit.disabled = false;
  }
});

// ---------------------------------------------------------------- live updates

let socket = null;
let retryDelay = 500;
let retryTimer = null;
let everReady = false;

function connect() {
  if (stopped || !token) return;
  setConn('connecting');
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/ws/console`);
  socket = ws;
  ws.addEventListener('open', () => {
    ws.send(JSON.stringify({ type: 'auth', token }));
  });
  ws.addEventListener('message', (event) => {
    if (ws !== socket) return;
    const frame = readJson(event.data);
    if (frame) handleFrame(frame);
  });
  ws.addEventListener('close', () => {
    if (ws !== socket) return;
    socket = null;
    if (stopped) return;
    setConn('offline');
    retryTimer = setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  });
}

// A ping now and then keeps proxies from closing a quiet connection.
setInterval(() => {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'ping' }));
}, 25000);

function disconnect() {
  clearTimeout(retryTimer);
  const ws = socket;
  socket = null;
  if (ws) ws.close();
  setConn('');
}

function handleFrame(frame) {
  switch (frame.type) {
    case 'ready': {
      retryDelay = 500;
      setConn('online');
      showBanner('');
      queue.clear();
      for (const h of frame.handoffs || []) queue.set(h.id, h);
      // The first list after login does not ring for every waiting critical case, only for new arrivals.
      for (const h of frame.handoffs || []) {
        if (everReady) announceIfCritical(h);
        else if (h.priority === 'critical') announced.add(h.id);
      }
      everReady = true;
      renderQueue();
      if (view === 'resolved') loadResolved().catch(() => {});
      if (selectedId) {
        // After a reconnect the case may have moved on: read it again.
        loadCase(selectedId).catch((error) => {
          if (error.status === 404) closeCase();
        });
      }
      break;
    }
    case 'handoff':
      if (frame.handoff) {
        announceIfCritical(frame.handoff);
        upsert(frame.handoff);
      }
      break;
    case 'message':
      if (current && frame.handoffId === current.id) appendMessage(frame.message);
      if (frame.message && frame.message.author === 'resident' && queue.has(frame.handoffId)) {
        const h = queue.get(frame.handoffId);
        queue.set(frame.handoffId, {
          ...h,
          preview: frame.message.text,
          lastResidentMessageAt: frame.message.at,
        });
        renderQueue();
      }
      break;
    case 'alert': {
      const h = queue.get(frame.handoffId);
      if (h) queue.set(h.id, { ...h, overdue: true });
      renderQueue();
      notify('紧急求助超时未接手', (h && h.preview) || '有一条紧急求助超过2分钟没人接手', frame.handoffId);
      showBanner('有紧急求助超时未接手，请尽快处理。');
      break;
    }
    case 'pong':
      break;
    case 'error':
      if (frame.code === 'unauthorized' || frame.code === 'forbidden') {
        signOut(frame.code === 'forbidden' ? '这个账号不能使用值班台。' : '登录已过期，请重新登录。');
      } else if (frame.message) {
        showBanner(frame.message);
      }
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------- start

async function start() {
  stopped = false;
  showApp();
  connect();
  try {
    if (!user) {
      const me = await api('GET', '/api/v1/auth/me');
      user = me.user;
      sessionStorage.setItem(USER_KEY, JSON.stringify(user));
      el.me.textContent = user.displayName;
    }
    await loadOpen();
  } catch (error) {
    if (error.status !== 401) showBanner(error.message);
  }
  const wanted = location.hash.slice(1) || sessionStorage.getItem(SELECTED_KEY);
  if (wanted && token) void select(decodeURIComponent(wanted));
}

window.addEventListener('hashchange', () => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && id !== selectedId && token) void select(id);
});

if (token) {
  void (async () => {
    // A reload keeps the token; make sure it still works before showing the desk.
    try {
      const me = await api('GET', '/api/v1/auth/me');
      user = me.user;
      sessionStorage.setItem(USER_KEY, JSON.stringify(user));
      start();
    } catch (error) {
      if (error.status !== 401) showLogin(error.message);
    }
  })();
} else {
  showLogin('');
}
