import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePassword } from '../auth/change-password.js';
import { forgetFirstAdminPassword } from '../auth/first-run-admin.js';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords.js';
import { requireStaff, staffOf } from '../auth/require-staff.js';
import type { StaffRepository } from '../auth/staff-repository.js';
import { AppError } from '../errors.js';
import { BEARER_SECURITY } from './auth-routes.js';

const body = z.object({
  currentPassword: z.string().min(1, '请填写当前密码').max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1, '请填写新密码').max(MAX_PASSWORD_LENGTH),
});

/** POST /api/v1/auth/password: a staff member changes their own password (the first admin's generated one first). */
export function registerPasswordRoute(
  app: FastifyInstance,
  staff: Pick<StaffRepository, 'findByUsername' | 'setPasswordHash'>,
  dataDir: string,
): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/auth/password',
    {
      preHandler: requireStaff(),
      schema: {
        tags: ['auth'],
        summary: 'Change my password (checked against the current one)',
        security: [{ [BEARER_SECURITY]: [] }],
        body,
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      const changed = await changePassword(
        staff,
        user,
        request.body.currentPassword,
        request.body.newPassword,
      );
      if (!changed.ok) throw new AppError('bad_request', changed.message);
      // The generated first password is no longer the admin's: its file goes.
      if (user.role === 'admin') await forgetFirstAdminPassword(dataDir);
      return reply.code(204).send(null);
    },
  );
}
