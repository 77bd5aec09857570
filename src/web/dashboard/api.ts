// The dashboard's calls to the server, typed with the server's own contract types (type-only imports).
// It shares the console's session (the same login works on both pages) and its JSON request helper.
import type { LoginResponse, PublicStaffUser } from '../../auth/staff-user.js';
import type { LatenessView } from '../../oversight/case-lateness.js';
import type { Figures } from '../../oversight/figures.js';
import type { LedgerMatch } from '../../oversight/ledger-match.js';
import { ApiError, request } from '../console/http.js';
import { session } from '../console/session.js';

/** A deadline notice as the API lists it. */
export interface Notice {
  id: string;
  caseNo: string | null;
  kind: string;
  text: string;
  createdAt: string;
  read: boolean;
}

/** One case with its timeline, as the case API shows it. */
export interface CaseDetail {
  caseNo: string;
  typeLabel: string;
  status: string;
  department: { name: string };
  applicant: { name: string | null };
  acceptedAt: string;
  transferDueAt: string;
  completedAt: string | null;
  feedbackDueAt: string | null;
  late: LatenessView | null;
  ledger: LedgerMatch | null;
  timeline: { kind: string; note: string | null; actor: string; at: string }[];
}

/** What an import of recipients came to. */
export interface ImportResult {
  imported: number;
  added: number;
  updated: number;
  rejected: { row: number; reason: string }[];
}

const q = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

async function binary(method: 'GET' | 'POST', path: string, body?: Blob): Promise<Response> {
  const headers: Record<string, string> = {};
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  if (body)
    headers['content-type'] =
      body.type || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, ...(body ? { body } : {}) });
  } catch {
    throw new ApiError(0, { error: { code: 'network', message: '网络不通，请稍后再试。' } });
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  return response;
}

/** Saves a file the server made, under the name given. */
async function download(path: string, name: string): Promise<void> {
  const blob = await (await binary('GET', path)).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The dashboard's API client. */
export const api = {
  login: (username: string, password: string) =>
    request<LoginResponse>('POST', '/api/v1/auth/login', { username, password }),
  logout: () => request<null>('POST', '/api/v1/auth/logout'),
  me: () => request<{ user: PublicStaffUser }>('GET', '/api/v1/auth/me'),
  figures: (from: string, to: string) => request<Figures>('GET', `/api/v1/oversight/figures?${q(from, to)}`),
  notices: () => request<{ notifications: Notice[] }>('GET', '/api/v1/oversight/notifications'),
  markRead: (id: string) =>
    request<{ ok: true }>('POST', `/api/v1/oversight/notifications/${encodeURIComponent(id)}/read`),
  caseDetail: (caseNo: string) => request<CaseDetail>('GET', `/api/v1/cases/${encodeURIComponent(caseNo)}`),
  feedback: (caseNo: string) =>
    request<{ ok: true }>('POST', `/api/v1/oversight/cases/${encodeURIComponent(caseNo)}/feedback`, {}),
  report: (from: string, to: string) =>
    download(`/api/v1/oversight/report.xlsx?${q(from, to)}`, `通报_${from}_${to}.xlsx`),
  ledger: (from: string, to: string, format: 'xlsx' | 'csv') =>
    download(`/api/v1/oversight/ledger?${q(from, to)}&format=${format}`, `案件台账_${from}_${to}.${format}`),
  importRecipients: async (file: File) =>
    (await (await binary('POST', '/api/v1/oversight/recipients/import', file)).json()) as ImportResult,
};
