import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuthService } from '../auth/auth-service.js';
import { bearerToken } from '../net/bearer-token.js';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords.js';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import { ROLES, type LoginResponse, type PublicStaffUser, type StaffUser } from '../auth/staff-user.js';
import { AppError } from '../errors.js';

/** Name of the OpenAPI security scheme the staff routes declare (registered with @fastify/swagger in app.ts). */
export const BEARER_SECURITY = 'bearerAuth';

const loginBody = z.object({
  username: z.string().trim().min(1, '请填写用户名').max(128),
  password: z.string().min(1, '请填写密码').max(MAX_PASSWORD_LENGTH),
});

const staffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  departmentCode: z.string().nullable().describe('Set only for department users: the cases they may see'),
}) satisfies z.ZodType<PublicStaffUser>;

const loginResponse = z.object({
  token: z.string().describe('Opaque bearer token: send it as `Authorization: Bearer <token>`'),
  tokenType: z.literal('Bearer'),
  expiresAt: z.string().describe('ISO time after which the token stops working'),
  user: staffUserSchema,
}) satisfies z.ZodType<LoginResponse>;

const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const secured = [{ [BEARER_SECURITY]: [] }];

function publicUser(user: StaffUser): PublicStaffUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentCode: user.departmentCode ?? null,
  };
}

/** Staff login, logout and "who am I" under /api/v1/auth. */
export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  if (!app.hasRequestDecorator('staff')) app.decorateRequest('staff', undefined);
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with a staff username and password and get a bearer token',
        body: loginBody,
        response: { 200: loginResponse, 400: errorResponse, 401: errorResponse, 429: errorResponse },
      },
    },
    async (request, reply) => {
      const result = await auth.login(request.body.username, request.body.password, request.ip);
      if (result.ok) {
        return {
          token: result.token,
          tokenType: 'Bearer' as const,
          expiresAt: result.expiresAt.toISOString(),
          user: publicUser(result.user),
        };
      }
      switch (result.reason) {
        case 'invalid_credentials':
          throw new AppError('unauthorized', '用户名或密码不对，请再试一次。');
        case 'rate_limited': {
          void reply.header('retry-after', String(result.retryAfterSeconds));
          const minutes = Math.ceil(result.retryAfterSeconds / 60);
          throw new AppError(
            'rate_limited',
            `登录失败的次数太多了。为了保护账号，请${minutes}分钟后再试；忘记密码请联系管理员。`,
            { retryAfterSeconds: result.retryAfterSeconds },
          );
        }
      }
    },
  );

  routes.post(
    '/api/v1/auth/logout',
    {
      preHandler: requireStaff(),
      schema: {
        tags: ['auth'],
        summary: 'End this session at once; the token stops working',
        security: secured,
        response: { 204: z.null().describe('Logged out'), 401: errorResponse },
      },
    },
    async (request, reply) => {
      const token = bearerToken(request.headers.authorization);
      if (token !== undefined) await auth.logout(token);
      return reply.code(204).send(null);
    },
  );

  routes.get(
    '/api/v1/auth/me',
    {
      preHandler: requireStaff(),
      schema: {
        tags: ['auth'],
        summary: 'The logged-in staff user',
        security: secured,
        response: { 200: z.object({ user: staffUserSchema }), 401: errorResponse },
      },
    },
    (request) => ({ user: publicUser(staffOf(request)) }),
  );
}
