/** Who is enrolled in location monitoring, with the time zone their alerts are read in (`timezone.ts`). */
import { useCallback, useEffect, useState } from 'react';
import { api, type CaseFile, mayUse } from '../api.ts';
import { type EnrolledPerson, monitoringApi } from './api.ts';
import { FALLBACK_TZ, supervisionTimeZone } from './timezone.ts';

export { FALLBACK_TZ };

const caseFiles = new Map<string, Promise<CaseFile>>();
function caseFile(caseId: string): Promise<CaseFile> {
  let p = caseFiles.get(caseId);
  if (!p) {
    p = api.getCase(caseId).then((c) => c.caseFile);
    p.catch(() => caseFiles.delete(caseId));
    caseFiles.set(caseId, p);
  }
  return p;
}

/** The time zone for a person of a case (cached per case). */
export async function timeZoneFor(caseId: string, defendant: number, sent?: string): Promise<string> {
  if (sent) return sent;
  try {
    return supervisionTimeZone(await caseFile(caseId), defendant);
  } catch {
    return FALLBACK_TZ;
  }
}

export type Person = EnrolledPerson & { timeZone: string };

export interface People {
  people: Map<string, Person>;
  error?: Error;
  loaded: boolean;
  reload: () => void;
}

/** Everyone enrolled, with their time zones; `reload()` when an alert names someone not yet known. */
export function usePeople(): People {
  const [state, setState] = useState<{ people: Map<string, Person>; error?: Error; loaded: boolean }>({
    people: new Map(),
    loaded: false,
  });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` asks for a reload
  useEffect(() => {
    let live = true;
    monitoringApi
      .enrollments()
      .then(async ({ people }) => {
        const withTz = await Promise.all(
          people.map(async (p) => ({ ...p, timeZone: await timeZoneFor(p.caseId, p.defendant, p.timeZone) })),
        );
        if (live) setState({ people: new Map(withTz.map((p) => [p.personId, p])), loaded: true });
      })
      .catch((error: Error) => live && setState((s) => ({ ...s, error, loaded: true })));
    return () => {
      live = false;
    };
  }, [tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

/** Defendants of a case who are enrolled in location monitoring: defendant number → person id. */
export function useEnrolledInCase(caseId: string): Map<number, { personId: string; openAlerts: number }> {
  const [enrolled, setEnrolled] = useState<Map<number, { personId: string; openAlerts: number }>>(new Map());
  useEffect(() => {
    // A role that reads no monitoring data (a clerk) is not sent to ask.
    if (!mayUse('monitoring.people')) return;
    let live = true;
    monitoringApi.enrollments().then(
      ({ people }) =>
        live &&
        setEnrolled(
          new Map(
            people
              .filter((p) => p.caseId === caseId)
              .map((p) => [p.defendant, { personId: p.personId, openAlerts: p.openAlerts }]),
          ),
        ),
      // Monitoring unavailable: the case page simply shows no links.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [caseId]);
  return enrolled;
}
