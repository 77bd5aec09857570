// The console's calls to the server, each typed with the server's own contract types (type-only imports:
// nothing of the server ends up in the bundle).
import type { LoginResponse, PublicStaffUser } from '../../auth/staff-user.js';
import type { ConsoleMeta } from '../../handoff/console-meta.js';
import type {
  ConsoleMessage,
  HandoffDetail,
  HandoffNote,
  HandoffView,
  ResolveOutcome,
} from '../../handoff/handoff-types.js';
import type { AssistanceType } from '../../nlu/types.js';
import { request } from './http.js';

/** What the operator sends when resolving (POST /api/v1/handoffs/{id}/resolve). */
export interface ResolveInput {
  outcome: ResolveOutcome;
  note?: string;
  caseType?: AssistanceType;
}

const handoff = (id: string, action = ''): string =>
  `/api/v1/handoffs/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** The console's API client. */
export const api = {
  login: (username: string, password: string) =>
    request<LoginResponse>('POST', '/api/v1/auth/login', { username, password }),
  logout: () => request<null>('POST', '/api/v1/auth/logout'),
  me: () => request<{ user: PublicStaffUser }>('GET', '/api/v1/auth/me'),
  meta: () => request<ConsoleMeta>('GET', '/api/v1/meta'),
  handoffs: (status: 'open' | 'resolved') =>
    request<{ handoffs: HandoffView[] }>('GET', `/api/v1/handoffs?status=${status}`),
  detail: (id: string) => request<HandoffDetail>('GET', handoff(id)),
  claim: (id: string) => request<{ handoff: HandoffView }>('POST', handoff(id, 'claim')),
  release: (id: string) => request<{ handoff: HandoffView }>('POST', handoff(id, 'release')),
  reply: (id: string, text: string) =>
    request<{ message: ConsoleMessage }>('POST', handoff(id, 'messages'), { text }),
  resolve: (id: string, input: ResolveInput) =>
    request<{ handoff: HandoffView }>('POST', handoff(id, 'resolve'), input),
  /** The queue with the console's filters and search as a query string. */
  search: (query: string) => request<{ handoffs: HandoffView[] }>('GET', `/api/v1/handoffs?${query}`),
  note: (id: string, text: string) => request<{ note: HandoffNote }>('POST', handoff(id, 'notes'), { text }),
  colleagues: () =>
    request<{ colleagues: { id: string; displayName: string }[] }>('GET', '/api/v1/colleagues'),
  transfer: (
    id: string,
    body: { toUserId: string; reason: string } | { departmentCode: string; reason: string },
  ) => request<{ handoff: HandoffView }>('POST', handoff(id, 'transfer'), body),
  canned: (id: string, q: string) =>
    request<{ replies: { id: string; title: string; text: string }[] }>(
      'GET',
      `${handoff(id, 'canned-replies')}?q=${encodeURIComponent(q)}`,
    ),
};
