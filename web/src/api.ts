/** Typed calls to the REST API. Types come from the same schemas the server validates with. */
import type { CaseFile, Event } from '../../src/case/index.ts';
import type { CaseSummary } from '../../src/store/cases.ts';

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
export function upload<T>(url: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
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
