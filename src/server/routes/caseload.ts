/**
 * The caller's caseload: every defendant they may see, with custody, the next deadline, the Speedy Trial days
 * used and left (a range where readings of the record differ) and open alerts, most urgent first.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../case/index.ts';
import { computeDeadlines } from '../../law/deadlines/index.ts';
import { computeSpeedyTrial, type SpeedyTrialResult } from '../../law/speedy-trial/index.ts';
import type { MonitoringService } from '../monitoring/service.ts';
import { todayIso } from '../today.ts';

const Row = z
  .object({
    caseId: z.string(),
    caption: z.string(),
    court: z.string(),
    defendant: z.number().int(),
    name: z.string(),
    custody: z.string(),
    nextDeadline: z.object({ title: z.string(), due: IsoDate, daysLeft: z.number().int() }).nullable(),
    speedyTrial: z
      .object({
        clock: z.string(),
        status: z.string(),
        daysUsed: z.object({ min: z.number().int(), max: z.number().int() }),
        daysLeft: z.object({ min: z.number().int(), max: z.number().int() }),
        limit: z.number().int(),
      })
      .nullable()
      .meta({ description: 'The current clock; a range where the readings of unsettled options differ.' }),
    openAlerts: z.number().int(),
    personId: z.string().nullable(),
    problem: z.string().nullable().meta({ description: 'Why a figure could not be computed, if so.' }),
  })
  .meta({ id: 'CaseloadRow' });

/** Lower is more urgent: open alerts, then the fewest Speedy Trial days left, then the nearest deadline. */
function urgency(r: z.infer<typeof Row>): number[] {
  return [
    r.openAlerts > 0 ? 0 : 1,
    r.speedyTrial ? r.speedyTrial.daysLeft.min : 100_000,
    r.nextDeadline ? r.nextDeadline.daysLeft : 100_000,
  ];
}

export const caseloadRoutes =
  (monitoring: MonitoringService | undefined): FastifyPluginAsync =>
  async (app) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/caseload', {
      config: { policy: 'caseload' },
      schema: {
        tags: ['caseload'],
        summary: 'Every defendant on the caller’s caseload, most urgent first',
        querystring: z.object({ asOf: IsoDate.optional() }),
        response: { 200: z.object({ asOf: IsoDate, rows: z.array(Row) }) },
      },
      handler: async (request) => {
        const access = request.access;
        const asOf = request.query.asOf ?? todayIso();
        const people = monitoring?.allPeople() ?? [];
        const open = monitoring ? await monitoring.repo.openAlertCounts() : new Map<string, number>();
        const rows: z.infer<typeof Row>[] = [];
        for (const c of await app.store.listCases()) {
          if (!access?.seesAnyOf(c.id, c.court)) continue;
          const found = await app.store.getCase(c.id);
          if (!found) continue;
          const file = found.caseFile;
          let clocks: SpeedyTrialResult | null = null;
          let deadlines: ReturnType<typeof computeDeadlines> | null = null;
          let problem: string | null = null;
          try {
            clocks = computeSpeedyTrial(file, asOf);
            deadlines = computeDeadlines(file, asOf, {});
          } catch (e) {
            problem = (e as Error).message;
          }
          for (const d of file.defendants) {
            if (!access.seesDefendant(c.id, c.court, d.number)) continue;
            const mine = clocks?.defendants.find((x) => x.defendant === d.number);
            const clock =
              mine?.clocks.find((k) => k.current && k.kind === 'trial') ??
              mine?.clocks.find((k) => k.current && k.kind === 'indictment') ??
              null;
            const used = clock ? [clock.daysUsed, ...clock.readings.map((x) => x.daysUsed)] : [];
            const left = clock ? [clock.daysLeft, ...clock.readings.map((x) => x.daysLeft)] : [];
            const next =
              deadlines?.deadlines
                .filter(
                  (x) => x.defendant === d.number && (x.status === 'upcoming' || x.status === 'dueToday'),
                )
                .sort((a, b) => a.daysLeft - b.daysLeft)[0] ?? null;
            const person = people.find((p) => p.record.caseId === c.id && p.record.defendant === d.number);
            rows.push({
              caseId: c.id,
              caption: c.caption,
              court: c.court,
              defendant: d.number,
              name: d.name,
              custody: d.custody,
              nextDeadline: next ? { title: next.title, due: next.due, daysLeft: next.daysLeft } : null,
              speedyTrial: clock
                ? {
                    clock: clock.title,
                    status: clock.status,
                    daysUsed: { min: Math.min(...used), max: Math.max(...used) },
                    daysLeft: { min: Math.min(...left), max: Math.max(...left) },
                    limit: clock.limit.days,
                  }
                : null,
              openAlerts: person ? (open.get(person.record.personId) ?? 0) : 0,
              personId: person?.record.personId ?? null,
              problem,
            });
          }
        }
        rows.sort((a, b) => {
          const x = urgency(a);
          const y = urgency(b);
          for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
          return a.caption < b.caption ? -1 : 1;
        });
        return { asOf, rows };
      },
    });
  };
