import type { Workload } from './monitoring-workload.ts';

export type PostgisResult =
  | { ok: true; method: string; fixes: number; fixesPerS: number; lines: string[] }
  | { ok: false; reason: string };

export async function runPostgisBench(_w: Workload, _limit: number): Promise<PostgisResult> {
  return { ok: false, reason: 'not written yet' };
}
