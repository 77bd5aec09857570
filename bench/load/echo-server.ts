// The ceiling of this machine for the load benchmark: a bare Fastify WebSocket server that answers each
// chat frame with a reply frame of the same shape as yimen's, and nothing else (no NLU, no database).
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import { rawText } from './raw-text.js';

const app = Fastify({ logger: false });
await app.register(fastifyWebsocket);
app.get('/ws/chat', { websocket: true }, (socket) => {
  socket.on('message', (data) => {
    const frame = JSON.parse(rawText(data)) as { type: string; messageId?: string; text?: string };
    if (frame.type === 'hello')
      socket.send(JSON.stringify({ type: 'welcome', conversationId: 'echo', history: [] }));
    else if (frame.type === 'message')
      socket.send(
        JSON.stringify({
          type: 'reply',
          inReplyTo: frame.messageId,
          replayed: false,
          messages: [
            {
              id: `${frame.messageId}:0`,
              author: 'bot',
              text: `收到：${frame.text}`,
              at: new Date().toISOString(),
            },
          ],
        }),
      );
  });
});
app.get('/healthz', () => ({ status: 'ok' }));
const port = Number(process.env.PORT ?? 0);
const address = await app.listen({ port, host: '127.0.0.1' });
process.stdout.write(`listening ${address}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
