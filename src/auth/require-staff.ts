import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { bearerToken } from '../net/bearer-token.js';
import type { Role, StaffUser } from './staff-user.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in staff user, set by `requireStaff` on the routes that use it. */
    staff?: StaffUser;
  }
}

/** The error for a missing, unknown, expired or logged-out token. */
export function unauthorized(): AppError {
  return new AppError('unauthorized', '请先登录。');
}

/** The error for a logged-in user whose role may not use the route. */
export function forbidden(): AppError {
  return new AppError('forbidden', '您没有权限查看这些内容。');
}

/**
 * A preHandler that lets a request through only with a valid bearer token (401 otherwise) and, when
 * `roles` is given, only for those roles (403 otherwise); the user is then on `request.staff`.
 * It reads the auth service from `request.server.services`, which the yimen plugin decorates.
 */
export function requireStaff(roles?: readonly Role[]) {
  return async function requireStaffHandler(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = bearerToken(request.headers.authorization);
    const user = token === undefined ? undefined : await request.server.services.auth.authenticate(token);
    if (user === undefined) {
      // RFC 6750: tell the client which scheme to use.
      void reply.header('www-authenticate', 'Bearer');
      throw unauthorized();
    }
    if (roles !== undefined && !roles.includes(user.role)) throw forbidden();
    request.staff = user;
  };
}

/** The staff user of a request that passed `requireStaff`; throws 401 if a route forgot the preHandler. */
export function staffOf(request: FastifyRequest): StaffUser {
  if (request.staff === undefined) throw unauthorized();
  return request.staff;
}
