import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// The API documentation page (Swagger UI) runs inline scripts and styles of its own: it keeps the other
// headers but not the content policy, which would leave it blank. It holds no resident data.
const DOCS_PREFIX = '/docs';

/**
 * Security headers on every response (@fastify/helmet): a content policy that lets the chat page and the
 * console load only their own scripts, styles and socket (no inline code, no other origin, no framing),
 * no MIME sniffing, no referrer, HSTS. Registered before the routes it covers.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.url === DOCS_PREFIX || route.url.startsWith(`${DOCS_PREFIX}/`))
      route.helmet = { contentSecurityPolicy: false };
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // The chat page and the console talk to their own origin over HTTP and WebSocket.
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
