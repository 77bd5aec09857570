// Scratch: plays conversations (one per line group, messages split by ' | ') and prints replies and state.
import { readFileSync } from 'node:fs';
import { startTestApp } from '../tests/helpers/test-app.js';
const convs = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const test = await startTestApp({ ADMIN_USERNAME: 'probe-admin', ADMIN_PASSWORD: 'probe-password-123456' });
let n = 0;
for (const line of convs) {
  n++;
  console.log(`\n=== ${n}`);
  let m = 0;
  for (const text of line.split(' | ')) {
    const res = await test.app.inject({ method: 'POST', url: '/api/v1/messages', payload: { userId: `p${n}`, text, messageId: `p${n}-${m++}` } });
    const body = res.json() as { replies: { text: string }[]; state: Record<string, unknown> };
    console.log(`> ${text}`);
    for (const r of body.replies ?? []) console.log(`    ${r.text.slice(0, 160).replace(/\n/g, ' ⏎ ')}`);
    const s = body.state;
    console.log(`    [${s.topic} · ${s.flow} · exp ${(s.expecting as string[]).join(',')} · urg ${s.urgency} · risk ${s.risk} · und ${s.understood}]`);
  }
}
await test.close();
