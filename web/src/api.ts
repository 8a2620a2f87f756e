/** Typed calls to the REST API. Types come from the same schemas the server validates with. */
import type { CaseFile, CaseSummary, Event } from '../../src/contract.ts';

export type { CaseFile, CaseSummary, Event };

export interface ApiErrorBody {
  error: string;
  details: Array<{ path: string; message: string }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error);
  }
}

/** The session's CSRF token (from /auth/me or sign-in): sent with every change, as the server requires. */
let csrfToken: string | null = null;
export const setCsrfToken = (t: string | null) => {
  csrfToken = t;
};
export const SIGNED_OUT_EVENT = 'pretrial:signed-out';

/** The server's policies the signed-in account's roles admit (from /auth/me): the app offers nothing else. */
let granted: ReadonlySet<string> = new Set();
export const setGranted = (may: readonly string[]) => {
  granted = new Set(may);
};
export const mayUse = (policy: string) => granted.has(policy);

/**
 * Every `fetch` of the app to our API carries the CSRF token on a change, and a 401 (the session locked after
 * 30 minutes idle, or ended) sends the app back to the sign-in page.
 */
export function installFetchGuard(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const ours = url.startsWith('/api/') || url.startsWith(`${location.origin}/api/`);
    if (ours && method !== 'GET' && method !== 'HEAD' && csrfToken) {
      const headers = new Headers(init.headers);
      headers.set('x-csrf-token', csrfToken);
      init = { ...init, headers };
    }
    const res = await original(input, init);
    if (ours && res.status === 401 && !url.includes('/api/v1/auth/'))
      window.dispatchEvent(new window.Event(SIGNED_OUT_EVENT));
    return res;
  };
}

export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(res.status, json ?? { error: res.statusText, details: [] });
  return json as T;
}

export const api = {
  listCases: () => call<{ cases: CaseSummary[] }>('GET', '/api/v1/cases'),
  getCase: (id: string) =>
    call<{ id: string; version: number; caseFile: CaseFile }>(
      'GET',
      `/api/v1/cases/${encodeURIComponent(id)}`,
    ),
  createCase: (file: unknown) => call<{ id: string }>('POST', '/api/v1/cases', file),
  deleteCase: (id: string) => call<void>('DELETE', `/api/v1/cases/${encodeURIComponent(id)}`),
  addEvent: (id: string, event: unknown) =>
    call<Event>('POST', `/api/v1/cases/${encodeURIComponent(id)}/events`, event),
  deleteEvent: (id: string, eventId: string) =>
    call<void>('DELETE', `/api/v1/cases/${encodeURIComponent(id)}/events/${encodeURIComponent(eventId)}`),
};

/** Upload a file with progress (fetch has no upload progress). */
/** A canceled upload: the request was aborted (the server stops the import when the request closes). */
export const CANCELED = 'canceled';

export function upload<T>(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    if (signal?.aborted) return reject(new ApiError(0, { error: CANCELED, details: [] }));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.onabort = () => reject(new ApiError(0, { error: CANCELED, details: [] }));
    xhr.open('POST', url);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { error: xhr.statusText || 'upload failed', details: [] };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(xhr.status, body as ApiErrorBody));
    };
    xhr.onerror = () => reject(new ApiError(0, { error: 'network error', details: [] }));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export interface Me {
  signedIn: boolean;
  pending: 'verify' | 'enroll' | null;
  account: {
    username: string;
    displayName: string;
    roles: { id: string; name: string }[];
    demo: boolean;
    /** The server's policies this account's roles admit (`case.create`, `monitoring.people`, …). */
    may: string[];
  } | null;
  csrfToken: string | null;
  demo: boolean;
  demoAccounts: { username: string; password: string; role: string }[];
  oidc: string | null;
}

export interface CaseloadRow {
  caseId: string;
  caption: string;
  court: string;
  defendant: number;
  name: string;
  custody: string;
  nextDeadline: { title: string; due: string; daysLeft: number } | null;
  speedyTrial: {
    clock: string;
    status: string;
    daysUsed: { min: number; max: number };
    daysLeft: { min: number; max: number };
    limit: number;
  } | null;
  openAlerts: number;
  personId: string | null;
  problem: string | null;
}

export const authApi = {
  me: () => call<Me>('GET', '/api/v1/auth/me'),
  login: (username: string, password: string) =>
    call<{ pending: 'verify' | 'enroll' | null; csrfToken: string }>('POST', '/api/v1/auth/login', {
      username,
      password,
    }),
  enroll: () =>
    call<{ otpauthUrl: string; qrCode: string; secret: string }>('POST', '/api/v1/auth/mfa/enroll'),
  verify: (code: string) => call<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/mfa/verify', { code }),
  logout: () => call<void>('POST', '/api/v1/auth/logout'),
  caseload: (asOf?: string) =>
    call<{ asOf: string; rows: CaseloadRow[] }>('GET', `/api/v1/caseload${asOf ? `?asOf=${asOf}` : ''}`),
};
