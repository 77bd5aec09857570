// The resident's chat page: one WebSocket, JSON frames, history restored after a reload.
// Messages not yet acknowledged stay in localStorage and are re-sent after a reconnect;
// the server answers a re-sent messageId from its record, so nothing is lost or doubled.
// A message the server refused (an error frame for it) or has not answered after a few sends or a
// couple of minutes is given up: it leaves the outbox, is marked 「未发送成功」 and is never replayed,
// so one message can never be sent to the server again and again, after every restart.

const USER_KEY = 'yimen.userId';
const OUTBOX_KEY = 'yimen.outbox';
const LARGE_KEY = 'yimen.largeText';
const FAILED_KEY = 'yimen.failed';

// When to give up on a message; tests shorten these through window.yimenOutboxPolicy (set before this script).
const POLICY = Object.assign(
  { maxAttempts: 3, giveUpMs: 2 * 60 * 1000, replyWaitMs: 20 * 1000 },
  window.yimenOutboxPolicy || {},
);
const FAILED_LABEL = '未发送成功';
const GIVE_UP_TEXT = '这条消息没能发出，请稍后再试，或拨打热线。';
const FAILED_KEPT = 20;

const log = document.getElementById('log');
const quick = document.getElementById('quick');
const typing = document.getElementById('typing');
const statusBar = document.getElementById('status');
const form = document.getElementById('composer');
const input = document.getElementById('input');
const fontToggle = document.getElementById('font-toggle');

function randomId() {
  if (crypto.randomUUID) return crypto.randomUUID().replace(/-/g, '');
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

// The server refuses a short or patterned id (src/channels/web/web-chat-id.ts): one kept from elsewhere is replaced.
const stored = localStorage.getItem(USER_KEY);
const userId =
  stored && /^[A-Za-z0-9_-]{16,64}$/.test(stored) && new Set(stored).size >= 6 ? stored : randomId();
localStorage.setItem(USER_KEY, userId);

function loadOutbox() {
  try {
    const list = JSON.parse(localStorage.getItem(OUTBOX_KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
// Items saved by an older page lack the counters; they start counting now.
let outbox = loadOutbox().map((item) => ({ attempts: 0, firstAt: Date.now(), ...item }));
function saveOutbox() {
  localStorage.setItem(OUTBOX_KEY, JSON.stringify(outbox));
}

// Given-up messages are remembered (the last few) so that a reload still shows what did not go through.
function loadFailed() {
  try {
    const list = JSON.parse(localStorage.getItem(FAILED_KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
let failed = loadFailed();
function saveFailed() {
  failed = failed.slice(-FAILED_KEPT);
  localStorage.setItem(FAILED_KEY, JSON.stringify(failed));
}

function setLarge(on) {
  document.documentElement.classList.toggle('large', on);
  fontToggle.setAttribute('aria-pressed', String(on));
  fontToggle.textContent = on ? '小字' : '大字';
  localStorage.setItem(LARGE_KEY, on ? '1' : '0');
}
setLarge(localStorage.getItem(LARGE_KEY) === '1');
fontToggle.addEventListener('click', () => setLarge(!document.documentElement.classList.contains('large')));

const WHO = { bot: '助手', operator: '工作人员', system: '系统' };

// Text is always set with textContent: a resident's or operator's message can never become markup.
function appendMessage({ id, author, text }, pending = false) {
  if (id && log.querySelector(`[data-id="${CSS.escape(id)}"]`)) return;
  const bubble = document.createElement('div');
  bubble.className = `msg ${author}${pending ? ' pending' : ''}`;
  if (id) bubble.dataset.id = id;
  if (WHO[author]) {
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = WHO[author];
    bubble.append(who);
  }
  bubble.append(document.createTextNode(text));
  log.append(bubble);
  log.scrollTop = log.scrollHeight;
}

// Buttons carry an id the bot acts on and the label the resident reads; a tap sends both.
function buttonsOf(message) {
  if (Array.isArray(message.buttons)) return message.buttons;
  return (message.quickReplies || []).map((label) => ({ id: undefined, label }));
}

function showQuickReplies(buttons) {
  quick.replaceChildren();
  for (const { id, label } of buttons || []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => submit(label, id));
    quick.append(button);
  }
}

function setStatus(text) {
  statusBar.hidden = !text;
  statusBar.textContent = text || '';
}

let socket;
let ready = false;
let retryDelay = 500;

function sendFrame(frame) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function messageFrame(item) {
  return {
    type: 'message',
    messageId: item.messageId,
    text: item.text,
    ...(item.buttonId ? { buttonId: item.buttonId } : {}),
  };
}

function showFailed(item) {
  let bubble = log.querySelector(`[data-id="out:${CSS.escape(item.messageId)}"]`);
  if (!bubble) {
    appendMessage({ id: `out:${item.messageId}`, author: 'resident', text: item.text });
    bubble = log.querySelector(`[data-id="out:${CSS.escape(item.messageId)}"]`);
  }
  if (!bubble || bubble.classList.contains('failed')) return;
  bubble.classList.remove('pending');
  bubble.classList.add('failed');
  const note = document.createElement('span');
  note.className = 'failed-note';
  note.textContent = FAILED_LABEL;
  bubble.append(note);
}

// Stops trying: out of the outbox for good, marked in the conversation, with what the resident can do.
function giveUp(item, reason) {
  outbox = outbox.filter((other) => other.messageId !== item.messageId);
  saveOutbox();
  failed.push({ messageId: item.messageId, text: item.text, reason: reason || GIVE_UP_TEXT });
  saveFailed();
  showFailed(item);
  appendMessage({ author: 'system', text: reason ? `${reason}\n${GIVE_UP_TEXT}` : GIVE_UP_TEXT });
}

function shouldGiveUp(item, now) {
  if (now - item.firstAt > POLICY.giveUpMs) return true;
  return item.attempts >= POLICY.maxAttempts && now - (item.lastSentAt || 0) > POLICY.replyWaitMs;
}

// Each send counts as an attempt, so a message the server never answers is given up after a few.
function sendItem(item) {
  if (!ready || !socket || socket.readyState !== WebSocket.OPEN) return;
  item.attempts += 1;
  item.lastSentAt = Date.now();
  saveOutbox();
  sendFrame(messageFrame(item));
}

function flushOutbox() {
  const now = Date.now();
  for (const item of [...outbox]) {
    if (shouldGiveUp(item, now)) giveUp(item);
    else sendItem(item);
  }
}

// Gives up on messages that waited too long, and sends again the ones with no answer yet.
setInterval(
  () => {
    const now = Date.now();
    for (const item of [...outbox]) {
      if (shouldGiveUp(item, now)) giveUp(item);
      else if (ready && now - (item.lastSentAt || 0) > POLICY.replyWaitMs) sendItem(item);
    }
  },
  Math.max(200, Math.min(1000, POLICY.replyWaitMs / 2)),
);

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  socket = new WebSocket(`${scheme}://${location.host}/ws/chat`);
  socket.addEventListener('open', () => {
    retryDelay = 500;
    sendFrame({ type: 'hello', userId });
  });
  socket.addEventListener('message', (event) => {
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return;
    }
    handleFrame(frame);
  });
  socket.addEventListener('close', () => {
    ready = false;
    typing.hidden = true;
    setStatus('网络断开了，正在重新连接…');
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 10000);
  });
}

const typingLabel = typing.querySelector('.typing-label');
let typingTimer;

/** The dots under the log: the bot working on an answer, or an operator typing one (fades after a pause). */
function showTyping(active, who) {
  clearTimeout(typingTimer);
  typingLabel.textContent = who === 'operator' ? '工作人员正在输入…' : '正在输入…';
  typing.hidden = !active;
  if (active && who === 'operator') typingTimer = setTimeout(() => (typing.hidden = true), 4000);
}

let lastTypingSent = 0;

/** Tells an operator holding the conversation that the resident is typing, at most every 2 seconds. */
function sendTyping() {
  const now = Date.now();
  if (!ready || now - lastTypingSent < 2000 || !input.value.trim()) return;
  lastTypingSent = now;
  sendFrame({ type: 'typing' });
}

function handleFrame(frame) {
  switch (frame.type) {
    case 'welcome': {
      ready = true;
      setStatus('');
      log.replaceChildren();
      let lastQuick = [];
      for (const m of frame.history) {
        appendMessage(m);
        lastQuick = m.author === 'resident' ? [] : buttonsOf(m);
      }
      for (const item of failed) showFailed(item);
      for (const item of outbox)
        appendMessage({ id: `out:${item.messageId}`, author: 'resident', text: item.text }, true);
      if (frame.history.length === 0 && frame.intro) {
        // A new conversation opens with the bot's introduction; it is shown, not stored.
        appendMessage({ author: 'bot', text: frame.intro.text });
        lastQuick = buttonsOf(frame.intro);
      }
      showQuickReplies(lastQuick);
      flushOutbox();
      break;
    }
    case 'accepted':
      break;
    case 'typing':
      showTyping(frame.active, frame.who);
      break;
    case 'reply': {
      outbox = outbox.filter((item) => item.messageId !== frame.inReplyTo);
      saveOutbox();
      const mine = log.querySelector(`[data-id="out:${CSS.escape(frame.inReplyTo)}"]`);
      if (mine) mine.classList.remove('pending');
      let lastQuick = [];
      for (const m of frame.messages) {
        appendMessage(m);
        lastQuick = buttonsOf(m);
      }
      showQuickReplies(lastQuick);
      break;
    }
    case 'push':
      if (frame.message.author === 'operator') showTyping(false);
      appendMessage(frame.message);
      showQuickReplies(buttonsOf(frame.message));
      break;
    case 'error': {
      // The server refused this message: it is never sent again.
      const item = frame.messageId && outbox.find((other) => other.messageId === frame.messageId);
      if (item) giveUp(item, frame.message);
      else appendMessage({ author: 'system', text: frame.message });
      break;
    }
    default:
      break;
  }
}

function submit(text, buttonId) {
  const clean = text.trim();
  if (!clean) return;
  const item = {
    messageId: randomId(),
    text: clean,
    attempts: 0,
    firstAt: Date.now(),
    ...(buttonId ? { buttonId } : {}),
  };
  outbox.push(item);
  saveOutbox();
  appendMessage({ id: `out:${item.messageId}`, author: 'resident', text: clean }, true);
  showQuickReplies([]);
  sendItem(item);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(input.value);
  input.value = '';
  // The typing signal was about the message just sent: the next one is announced at its first keystroke.
  lastTypingSent = 0;
  input.focus();
});
input.addEventListener('input', sendTyping);
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
document.getElementById('human').addEventListener('click', () => submit('转人工', 'request_human'));

connect();
