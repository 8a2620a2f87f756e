/**
 * The supervised people a cluster process knows, compiled from the store as the embedded server compiles
 * them (`MonitoringService.loadPeople`): each enrollment with its case's conditions in force, and the shared
 * zone library. The ingest routes with them; an evaluator builds each partition's engine from them.
 */

import { conditionTimeline } from '../../monitoring/conditions-in-force.ts';
import { Enrollment } from '../../monitoring/enrollment.ts';
import { compileRules, type DeviceRules, sharedZoneBufferM } from '../../monitoring/rules.ts';
import { buildZoneLibrary, type ZoneLibrary } from '../../monitoring/spatial-index.ts';
import type { CaseStore } from '../../store/cases.ts';
import type { MonitoringRepo } from '../../store/monitoring.ts';

export interface CompiledPeople {
  devices: DeviceRules[];
  /** What each supervised device's rules were compiled from (enrollment and case versions). */
  fingerprints: Map<string, string>;
  library: ZoneLibrary | null;
  libraryKey: string;
}

export async function compilePeople(repo: MonitoringRepo, cases: CaseStore): Promise<CompiledPeople> {
  const versions = new Map((await cases.listCases()).map((c) => [c.id, c.version]));
  const records = await repo.listEnrollments();
  const parsed = new Map(records.map((r) => [r.personId, Enrollment.safeParse(r.enrollment)]));
  const { zones, updatedAt } = await repo.listSharedZones();
  let marginM = 0;
  for (const p of parsed.values())
    if (p.success)
      for (const s of p.data.sharedZones) marginM = Math.max(marginM, sharedZoneBufferM(p.data, s));
  const libraryKey = zones.length === 0 ? '' : `${updatedAt}|${zones.length}|${marginM}`;
  const library = zones.length === 0 ? null : buildZoneLibrary(zones, marginM);
  const files = new Map<string, Awaited<ReturnType<CaseStore['getCase']>>>();
  const timelines = new Map<string, ReturnType<typeof conditionTimeline>>();
  const devices: DeviceRules[] = [];
  const fingerprints = new Map<string, string>();
  for (const record of records) {
    const version = versions.get(record.caseId);
    if (version === undefined) continue;
    if (!files.has(record.caseId)) files.set(record.caseId, await cases.getCase(record.caseId));
    const file = files.get(record.caseId);
    if (!file) continue;
    const check = parsed.get(record.personId);
    const enrollment = check?.success ? check.data : Enrollment.parse(record.enrollment);
    const key = `${record.caseId}|${version}|${record.defendant}`;
    let timeline = timelines.get(key);
    if (!timeline) {
      timeline = conditionTimeline(file.caseFile, record.defendant);
      timelines.set(key, timeline);
    }
    const compiled = compileRules(timeline, enrollment, {
      district: file.caseFile.case.district,
      ...(library ? { library } : {}),
    });
    devices.push(compiled.device);
    fingerprints.set(record.deviceId, `person ${record.personId}|${record.updatedAt}|case ${version}`);
  }
  return { devices, fingerprints, library, libraryKey };
}
