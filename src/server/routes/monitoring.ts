/**
 * Location monitoring under /api/v1: enrollments, a person's page data and track, device-event ingest (a JSON
 * array or NDJSON; acknowledged only once committed), the alert queue and its lifecycle (audited), the live
 * alert stream (server-sent events) and the violation report for the court.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeviceEventInput } from '../../monitoring/device-events.ts';
import { Enrollment } from '../../monitoring/enrollment.ts';
import { flagImplausible } from '../../monitoring/plausibility.ts';
import { Zone } from '../../monitoring/zones.ts';
import type { StoredFix } from '../../store/monitoring.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { parseEventBatch } from '../monitoring/batch.ts';
import type { SequencedChange } from '../monitoring/hub.ts';
import { buildReport, reportHtml, reportPdf } from '../monitoring/report.ts';
import {
  AlertCauseCode,
  AlertChangeView,
  AlertView,
  ConditionView,
  EnrolledPersonView,
  FixView,
  SupervisedPersonFields,
  SuspensionView,
  TriageReportView,
  ZoneFeatureView,
} from '../monitoring/schemas.ts';
import type { MonitoringService } from '../monitoring/service.ts';
import { triageCsv } from '../monitoring/triage.ts';
import { personView } from '../monitoring/views.ts';
import { passThroughValidator } from '../validation.ts';

declare module 'fastify' {
  interface FastifyInstance {
    monitoring: MonitoringService;
  }
}

const Instant = z.iso.datetime({
  offset: true,
  error: 'expected an ISO date-time with offset, e.g. 2026-05-05T00:00:00-07:00',
});
const PersonParams = z.object({ personId: z.string().min(1) });
const AlertParams = z.object({ alertId: z.string().min(1) });
const ACTIONS = ['acknowledge', 'escalate', 'resolve', 'dismiss', 'notes'] as const;

export const REPLAY_HEADER = 'pretrial-replay-time';

/** The replay client's delivery time, when the server keeps the replay clock. */
function replayTime(request: FastifyRequest, service: MonitoringService): number | undefined {
  const v = request.headers[REPLAY_HEADER];
  if (v === undefined || !service.replayClock) return undefined;
  const ms = Date.parse(String(v));
  if (Number.isNaN(ms))
    throw new HttpError(
      400,
      `header Pretrial-Replay-Time: expected an ISO instant, got ${JSON.stringify(v)}`,
    );
  return ms;
}

const mustPerson = (service: MonitoringService, personId: string) => {
  const p = service.person(personId);
  if (!p) throw new HttpError(404, `no enrolled person ${personId}`);
  return p;
};

export const mapConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const url = env.PRETRIAL_MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  if (url === 'none' || url === '') return { mapTileUrl: null, mapAttribution: null };
  const attribution =
    env.PRETRIAL_MAP_ATTRIBUTION ??
    (env.PRETRIAL_MAP_TILE_URL === undefined
      ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
      : null);
  return { mapTileUrl: url, mapAttribution: attribution === 'none' ? null : attribution };
};

export const monitoringRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = app.monitoring;
  const streams = new Set<() => void>();
  // Open streams would hold the server open: end them when it closes.
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });

  r.get('/config', {
    config: { policy: 'signedIn' },
    schema: {
      tags: ['monitoring'],
      summary: 'Settings the web UI needs (map tiles)',
      description:
        'From PRETRIAL_MAP_TILE_URL and PRETRIAL_MAP_ATTRIBUTION; the default is OpenStreetMap’s standard tiles; `none` gives null (a plain background, e.g. offline).',
      response: {
        200: z.object({ mapTileUrl: z.string().nullable(), mapAttribution: z.string().nullable() }),
      },
    },
    handler: async () => mapConfig(),
  });

  r.post('/monitoring/enrollments', {
    config: { policy: 'monitoring.enroll' },
    schema: {
      tags: ['monitoring'],
      summary: 'Enroll a case defendant in location monitoring (or replace the enrollment)',
      description:
        'The rules are compiled from the defendant’s conditions in force and the enrollment; `gaps` lists what cannot be monitored and why. Re-posting the same personId replaces the enrollment (audited). The engine is rebuilt with it before the answer.',
      body: z.object({ caseId: z.string().min(1), enrollment: Enrollment }),
      response: {
        201: z.object({
          personId: z.string(),
          caseId: z.string(),
          caseCaption: z.string(),
          defendant: z.number().int(),
          label: z.string(),
          deviceId: z.string(),
          replaced: z.boolean(),
          gaps: z.array(z.string()),
          rules: z.array(z.object({ ruleId: z.string(), kind: z.string(), description: z.string() })),
        }),
        400: ErrorBody,
        404: ErrorBody,
        409: ErrorBody,
      },
    },
    handler: async (request, reply) => {
      const { caseId, enrollment } = request.body;
      const found = await app.store.getCase(caseId);
      if (!found) throw new HttpError(404, `no case ${caseId}`);
      const defendant = found.caseFile.defendants.find((d) => d.number === enrollment.defendant);
      if (!defendant)
        throw new HttpError(400, 'invalid request body', [
          {
            path: '$.enrollment.defendant',
            message: `defendant ${enrollment.defendant} is not in case ${caseId} (known: ${found.caseFile.defendants.map((d) => d.number).join(', ')})`,
          },
        ]);
      const { replaced } = await service.repo.putEnrollment(caseId, enrollment, request.actor);
      await service.reload();
      const p = mustPerson(service, enrollment.personId);
      reply.code(201).header('location', `/api/v1/monitoring/people/${enrollment.personId}`);
      return {
        personId: enrollment.personId,
        caseId,
        caseCaption: found.caseFile.case.caption,
        defendant: enrollment.defendant,
        label: enrollment.label,
        deviceId: enrollment.device.id,
        replaced,
        gaps: p.compiled.gaps,
        rules: p.compiled.device.rules.map((x) => ({
          ruleId: x.ruleId,
          kind: x.kind,
          description: x.description,
        })),
      };
    },
  });

  r.get('/monitoring/zones', {
    config: { policy: 'monitoring.zones.read' },
    schema: {
      tags: ['monitoring'],
      summary: 'The agency’s shared zone library (schools, parks, courthouses)',
      description:
        'Shared zones are chosen for a supervisee by tag (an enrollment’s `sharedZones`): a rule such as “not to frequent schools or parks” applies to every zone of those tags.',
      response: { 200: z.object({ zones: z.array(Zone), updatedAt: z.string().nullable() }) },
    },
    handler: async () => service.repo.listSharedZones(),
  });

  r.put('/monitoring/zones', {
    config: { policy: 'monitoring.zones.write' },
    schema: {
      tags: ['monitoring'],
      summary: 'Replace the shared zone library',
      description:
        'The whole library at once (audited with the zone ids before and after). Every enrollment’s rules are compiled again with it and the engine is rebuilt before the answer; `gaps` lists what still cannot be monitored.',
      body: z.object({ zones: z.array(Zone).max(100_000) }),
      response: {
        200: z.object({
          zones: z.number().int(),
          replaced: z.number().int(),
          gaps: z.array(z.object({ personId: z.string(), gaps: z.array(z.string()) })),
        }),
        400: ErrorBody,
      },
    },
    handler: async (request) => {
      const { zones } = request.body;
      const first = new Map<string, number>();
      const details: { path: string; message: string }[] = [];
      zones.forEach((zone, i) => {
        const j = first.get(zone.id);
        if (j === undefined) first.set(zone.id, i);
        else
          details.push({ path: `$.zones[${i}].id`, message: `zone id ${zone.id} is also $.zones[${j}].id` });
      });
      if (details.length > 0) throw new HttpError(400, 'invalid request body', details);
      const { before } = await service.repo.putSharedZones(zones, request.actor);
      await service.reload();
      return {
        zones: zones.length,
        replaced: before,
        gaps: service
          .allPeople()
          .filter((p) => p.compiled.gaps.length > 0)
          .map((p) => ({ personId: p.record.personId, gaps: p.compiled.gaps })),
      };
    },
  });

  r.get('/monitoring/enrollments', {
    config: { policy: 'monitoring.people' },
    schema: {
      tags: ['monitoring'],
      summary: 'Everyone enrolled, with open alerts and the time of the latest event',
      response: { 200: z.object({ people: z.array(EnrolledPersonView) }) },
    },
    handler: async (request) => {
      const people = service
        .allPeople()
        .filter((p) =>
          request.access?.seesDefendant(p.record.caseId, p.caseFile.case.court, p.record.defendant),
        );
      const [open, last] = await Promise.all([
        service.repo.openAlertCounts(),
        service.repo.lastEventAt(people.map((p) => p.record.deviceId)),
      ]);
      return {
        people: people
          .map((p) => {
            const lastAt = last.get(p.record.deviceId);
            return {
              personId: p.record.personId,
              caseId: p.record.caseId,
              caseCaption: p.caseFile.case.caption,
              defendant: p.record.defendant,
              label: p.record.label,
              deviceId: p.record.deviceId,
              timeZone: p.compiled.device.timeZone,
              openAlerts: open.get(p.record.personId) ?? 0,
              lastEventAt: lastAt === undefined ? null : new Date(lastAt).toISOString(),
            };
          })
          .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
      };
    },
  });

  r.get('/monitoring/people/:personId', {
    config: { policy: 'monitoring.person' },
    schema: {
      tags: ['monitoring'],
      summary: 'A supervised person: enrollment, conditions in force, zones (GeoJSON), absences, last fix',
      params: PersonParams,
      response: {
        200: SupervisedPersonFields.extend({
          enrollment: Enrollment,
          conditions: z.array(ConditionView),
          zones: z.object({ type: z.literal('FeatureCollection'), features: z.array(ZoneFeatureView) }),
          absences: z.array(z.unknown()),
          gaps: z.array(z.string()),
          lastFix: FixView.nullable(),
        }),
        404: ErrorBody,
      },
    },
    handler: async (request) => {
      const p = mustPerson(service, request.params.personId);
      const view = await personView(p, service.repo, service.now(), service.zoneLibrary);
      // A protected person's place reaches only the officers assigned: others see proximity alerts, not it.
      if (!request.access?.seesProtectedLocation(p.record.caseId, p.caseFile.case.court, p.record.defendant))
        view.zones.features = view.zones.features.filter((f) => f.properties.role !== 'mobile');
      return view;
    },
  });

  r.get('/monitoring/people/:personId/track', {
    config: { policy: 'monitoring.location' },
    schema: {
      tags: ['monitoring'],
      summary: 'The fixes of a person’s device between two instants, oldest first',
      description:
        'Default period: the 24 hours before the latest fix. At most `limit` fixes (default 10,000; at most 100,000).',
      params: PersonParams,
      querystring: z.object({
        from: Instant.optional(),
        to: Instant.optional(),
        limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
      }),
      response: { 200: z.object({ fixes: z.array(FixView) }), 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request) => {
      const p = mustPerson(service, request.params.personId);
      const q = request.query;
      let to = q.to ? Date.parse(q.to) : undefined;
      if (to === undefined) {
        const last = await service.repo.lastFix(p.record.deviceId);
        to = last ? Date.parse(last.at) : service.now();
      }
      const from = q.from ? Date.parse(q.from) : to - 86_400_000;
      if (from > to)
        throw new HttpError(400, 'invalid request querystring', [
          { path: '$.querystring.from', message: 'from must not be after to' },
        ]);
      return { fixes: markImplausible(await service.repo.track(p.record.deviceId, from, to, q.limit)) };
    },
  });

  // Device events: the body is read as text and parsed here, so every bad event is named and the raw JSON kept.
  await app.register(async (ingest) => {
    for (const type of ['application/json', 'application/x-ndjson', 'text/plain'])
      ingest.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));
    const ir = ingest.withTypeProvider<ZodTypeProvider>();
    ir.post('/monitoring/events', {
      config: {
        policy: 'monitoring.ingest',
        rateLimit: {
          max: app.limits.ingestPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => request.principal?.accountId ?? request.ip,
        },
      },
      schema: {
        tags: ['monitoring'],
        summary: 'Ingest device events: a JSON array, or NDJSON (Content-Type: application/x-ndjson)',
        description:
          'Idempotent on (device, time, kind): a repeated event counts as a duplicate. Late and out-of-order events are evaluated. The answer comes only once the events and the alert changes they caused are committed. Any bad event refuses the whole batch with a 400 naming each problem (`$[i].field`, or `line n: $.field` for NDJSON); nothing is stored. Events of devices nobody is enrolled with, stamped more than 5 minutes ahead of our clock, or fixes implying an impossible speed from the device’s last trusted fix (implausible evidence) are stored but not evaluated (`quarantined`). Events of devices nobody is enrolled with are kept up to a cap (default 100,000); beyond it they are not stored (`refused`), and a batch with nothing else is answered 429.',
        consumes: ['application/json', 'application/x-ndjson'],
        body: z.array(DeviceEventInput),
        response: {
          200: z.object({
            accepted: z.number().int(),
            duplicates: z.number().int(),
            quarantined: z.number().int(),
            refused: z.number().int(),
            alertChanges: z.number().int(),
          }),
          400: ErrorBody,
          429: ErrorBody,
          503: ErrorBody,
        },
      },
      validatorCompiler: passThroughValidator,
      handler: async (request, reply) => {
        reply.header('pretrial-clock', service.replayClock ? 'replay' : 'wall');
        const text = request.body as unknown as string;
        const type = String(request.headers['content-type'] ?? '');
        const format = type.includes('ndjson')
          ? 'ndjson'
          : type.includes('json') || text.trimStart().startsWith('[')
            ? 'json'
            : 'ndjson';
        const parsed = parseEventBatch(text, format);
        if (!parsed.ok)
          throw new HttpError(
            400,
            `the batch has ${parsed.details.length}${parsed.details.length >= 100 ? '+' : ''} bad event field(s): nothing was stored`,
            parsed.details,
          );
        // A vendor sends events only for the devices assigned to it (the policy's `devices` target).
        const foreign = [...new Set(parsed.events.map((e) => e.event.device))].filter(
          (d) => !request.access?.ownsDevice(d),
        );
        if (foreign.length > 0)
          throw new HttpError(
            403,
            `device(s) not assigned to this integration: ${foreign.slice(0, 10).join(', ')}${foreign.length > 10 ? ', …' : ''}; nothing was stored`,
          );
        const r = await service.ingest(parsed.events, replayTime(request, service));
        if (r.refused > 0 && r.accepted === 0 && r.duplicates === 0)
          throw new HttpError(
            429,
            `the quarantine of events from devices nobody is enrolled with is full (${service.quarantine.cap} events): ${r.refused} event(s) refused, nothing was stored; enroll the device(s) or stop sending them`,
          );
        return {
          accepted: r.accepted,
          duplicates: r.duplicates,
          quarantined: r.quarantined,
          refused: r.refused,
          alertChanges: r.alertChanges,
        };
      },
    });
  });

  const csv = (s: string | undefined) =>
    s
      ?.split(',')
      .map((x) => x.trim())
      .filter(Boolean);

  r.get('/monitoring/alerts', {
    config: { policy: 'alerts.list' },
    schema: {
      tags: ['monitoring'],
      summary: 'The alert queue, newest first (by detection time)',
      description:
        '`state` and `severity` take one value or a comma-separated list; `since` keeps alerts changed at or after an instant.',
      querystring: z.object({
        state: z.string().optional(),
        personId: z.string().optional(),
        severity: z.string().optional(),
        since: Instant.optional(),
        limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
      }),
      response: { 200: z.object({ alerts: z.array(AlertView) }), 400: ErrorBody },
    },
    handler: async (request) => {
      const q = request.query;
      const states = csv(q.state);
      const bad = states?.find(
        (s) => !['open', 'acknowledged', 'escalated', 'cleared', 'resolved', 'dismissed'].includes(s),
      );
      if (bad)
        throw new HttpError(400, 'invalid request querystring', [
          {
            path: '$.querystring.state',
            message: `unknown state ${JSON.stringify(bad)} (open, acknowledged, escalated, cleared, resolved, dismissed)`,
          },
        ]);
      const severities = csv(q.severity);
      const badSeverity = severities?.find((s) => !['critical', 'serious', 'warning', 'info'].includes(s));
      if (badSeverity)
        throw new HttpError(400, 'invalid request querystring', [
          {
            path: '$.querystring.severity',
            message: `unknown severity ${JSON.stringify(badSeverity)} (critical, serious, warning, info)`,
          },
        ]);
      const visible = (personId: string) => {
        const p = service.person(personId);
        return (
          p !== undefined &&
          request.access?.seesDefendant(p.record.caseId, p.caseFile.case.court, p.record.defendant) === true
        );
      };
      return {
        alerts: (
          await service.repo.listAlerts({
            ...(states ? { states } : {}),
            ...(severities ? { severities } : {}),
            ...(q.personId ? { personId: q.personId } : {}),
            ...(q.since ? { since: new Date(Date.parse(q.since)).toISOString() } : {}),
            limit: q.limit,
          })
        )
          .filter((a) => visible(a.personId))
          .map((a) => service.view(a)),
      };
    },
  });

  r.get('/monitoring/alerts/:alertId', {
    config: { policy: 'alerts.read' },
    schema: {
      tags: ['monitoring'],
      summary: 'One alert',
      params: AlertParams,
      response: { 200: AlertView, 404: ErrorBody },
    },
    handler: async (request) => {
      const a = await service.alert(request.params.alertId);
      if (!a) throw new HttpError(404, `no alert ${request.params.alertId}`);
      return service.view(a);
    },
  });

  r.post('/monitoring/alerts/:alertId/:action', {
    config: { policy: 'alerts.act' },
    schema: {
      tags: ['monitoring'],
      summary: 'An officer’s action on an alert: acknowledge, escalate, resolve, dismiss, or add a note',
      description:
        'Recorded in the alert’s history and in the audit log with the actor. Resolving and dismissing need a `cause` (what caused the alert; `other` needs a `causeNote`): 400 without one. 409 for a lifecycle error: resolving an episode that has not ended, resolving a strap or case tamper without a note, dismissing without a reason, acting on a resolved or dismissed alert.',
      params: z.object({ alertId: z.string().min(1), action: z.enum(ACTIONS) }),
      body: z
        .object({
          note: z.string().max(10_000).optional(),
          disposition: z.string().max(200).optional(),
          cause: AlertCauseCode.optional(),
          causeNote: z.string().max(2_000).optional(),
        })
        .strict()
        .nullish()
        .meta({ description: 'Optional: an empty body is an action without a note.' }),
      response: { 200: AlertView, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
    },
    handler: async (request) =>
      service.act(
        request.params.alertId,
        request.params.action,
        request.body ?? {},
        request.actor,
        replayTime(request, service),
      ),
  });

  r.get('/monitoring/people/:personId/report', {
    config: { policy: 'monitoring.report' },
    schema: {
      tags: ['monitoring'],
      summary: 'The violation report for the court: a defendant and a period, as printable HTML or PDF',
      description:
        'Every alert whose episode overlaps the period (default: the 30 days before now): its times in the district’s time zone, the place, the condition and the release order (with docket entry) it enforces, the evidence and the officer’s notes and history. Dismissed alerts are listed apart.',
      params: PersonParams,
      querystring: z.object({
        from: Instant.optional(),
        to: Instant.optional(),
        format: z.enum(['html', 'pdf']).default('html'),
      }),
      produces: ['text/html', 'application/pdf'],
      response: { 200: z.string(), 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request, reply) => {
      const p = mustPerson(service, request.params.personId);
      const q = request.query;
      const to = q.to ? Date.parse(q.to) : service.now();
      const from = q.from ? Date.parse(q.from) : to - 30 * 86_400_000;
      if (from > to)
        throw new HttpError(400, 'invalid request querystring', [
          { path: '$.querystring.from', message: 'from must not be after to' },
        ]);
      const fromIso = new Date(from).toISOString();
      const toIso = new Date(to).toISOString();
      const alerts = await service.repo.alertsInPeriod(p.record.personId, fromIso, toIso);
      const fixes = await service.repo.track(p.record.deviceId, from, to, 1_000_000);
      const report = buildReport(p, alerts, fromIso, toIso, service.wallNow(), {
        implausibleFixes: markImplausible(fixes).filter((f) => f.implausible).length,
      });
      const name = `monitoring-report-${p.record.personId}-${fromIso.slice(0, 10)}-${toIso.slice(0, 10)}`;
      if (q.format === 'pdf') {
        reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`);
        // The raw reply: the body is bytes, not the documented string.
        const bytes = await reportPdf(report);
        (reply as FastifyReply).send(bytes);
        return reply;
      }
      reply.type('text/html; charset=utf-8');
      return reportHtml(report);
    },
  });

  r.post('/monitoring/people/:personId/suspensions', {
    config: { policy: 'monitoring.person.write' },
    schema: {
      tags: ['monitoring'],
      summary: 'Approve a suspension window: the person’s alerts in it are recorded but not raised',
      description:
        'Time-boxed (at most 30 days), with the reason and who approved it; audited with the actor. Alerts detected in the window are stored and listed (with the window) but not pushed to the live stream. 404 for a person not monitored; 400 for a window that ends before it starts, is longer than 30 days, or lacks a reason or an approver.',
      params: PersonParams,
      body: z
        .object({
          from: Instant,
          to: Instant,
          reason: z.string().min(1).max(2_000),
          approvedBy: z.string().min(1).max(200),
        })
        .strict(),
      response: { 201: SuspensionView, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request, reply) => {
      const b = request.body;
      const s = await service.suspend(
        request.params.personId,
        { from: Date.parse(b.from), to: Date.parse(b.to), reason: b.reason, approvedBy: b.approvedBy },
        request.actor,
      );
      reply.code(201);
      return s;
    },
  });

  r.get('/monitoring/people/:personId/suspensions', {
    config: { policy: 'monitoring.person' },
    schema: {
      tags: ['monitoring'],
      summary: 'A person’s approved suspension windows',
      params: PersonParams,
      response: { 200: z.object({ suspensions: z.array(SuspensionView) }), 404: ErrorBody },
    },
    handler: async (request) => {
      mustPerson(service, request.params.personId);
      return { suspensions: service.suspensionsOf(request.params.personId) };
    },
  });

  r.get('/monitoring/metrics', {
    config: { policy: 'monitoring.metrics' },
    schema: {
      tags: ['monitoring'],
      summary: 'Alert triage figures: response times, alerts per person per day, causes',
      description:
        'For the alerts detected in the period (default: the 30 days before now): seconds from detection to the first acknowledgement and to resolution or dismissal, median and 95th percentile (nearest rank), per officer who acted, per caseload (the enrollment’s supervising officer) and per severity; alerts per person per day; the causes officers gave when closing alerts, per person and per caseload. `format=csv` gives the same as one CSV table whose rows say what they group.',
      querystring: z.object({
        from: Instant.optional(),
        to: Instant.optional(),
        format: z.enum(['json', 'csv']).default('json'),
      }),
      produces: ['application/json', 'text/csv'],
      response: { 200: z.union([TriageReportView, z.string()]), 400: ErrorBody },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const to = q.to ? Date.parse(q.to) : service.now();
      const from = q.from ? Date.parse(q.from) : to - 30 * 86_400_000;
      if (from >= to)
        throw new HttpError(400, 'invalid request querystring', [
          { path: '$.querystring.from', message: 'from must be before to' },
        ]);
      // Only the people on the caller's caseload (a supervisor: the officers' caseloads they supervise; an
      // administrator: those assigned), as every list (docs/security.md).
      const report = await service.triage(
        from,
        to,
        (p) =>
          request.access?.seesDefendant(p.record.caseId, p.caseFile.case.court, p.record.defendant) === true,
      );
      if (q.format === 'csv') {
        const name = `monitoring-triage-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}`;
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`);
        return triageCsv(report);
      }
      return report;
    },
  });

  r.get('/monitoring/stream', {
    config: { policy: 'alerts.stream' },
    schema: {
      tags: ['monitoring'],
      summary: 'Live alert changes (server-sent events)',
      description:
        '`text/event-stream`: `event: alert`, `id: <sequence>`, `data: <AlertChange JSON>`; a comment heartbeat every 15 s. A client reconnecting with `Last-Event-ID` first gets the changes it missed that are still in memory (the last 10,000); when its id is older than the memory (the server restarted), the current state of every alert changed since then (as `updated`), then live changes.',
      produces: ['text/event-stream'],
      response: { 200: AlertChangeView },
    },
    handler: (request, reply) => stream(service, request, reply, streams),
  });
};

function stream(
  service: MonitoringService,
  request: FastifyRequest,
  reply: FastifyReply,
  streams: Set<() => void>,
): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(': pretrial alert stream\nretry: 2000\n\n');
  // Only changes of people on the caller's caseload.
  const visible = (change: unknown) => {
    const personId = (change as { alert?: { personId?: string } }).alert?.personId;
    const p = personId === undefined ? undefined : service.person(personId);
    return (
      p !== undefined &&
      request.access?.seesDefendant(p.record.caseId, p.caseFile.case.court, p.record.defendant) === true
    );
  };
  const send = (c: { seq: number; change: unknown }) => {
    if (visible(c.change)) res.write(`event: alert\nid: ${c.seq}\ndata: ${JSON.stringify(c.change)}\n\n`);
  };
  const hub = service.hub;
  const last = Number(request.headers['last-event-id']);
  let unsubscribe: () => void;
  if (!Number.isFinite(last) || hub.covers(last)) {
    if (Number.isFinite(last)) for (const c of hub.since(last)) send(c);
    unsubscribe = hub.subscribe(send);
  } else {
    // The memory does not reach back to `last` (the server restarted, or the client was away long): the
    // current state of every alert the store changed since then (a minute's margin: a commit is stamped
    // when it starts; every change already published is in the store), then the changes published
    // meanwhile — held back until then, so that no older state follows a newer one.
    const held: SequencedChange[] = [];
    let live = false;
    unsubscribe = hub.subscribe((c) => (live ? send(c) : held.push(c)));
    const floor = hub.current;
    service.repo
      .alertsUpdatedSince(new Date(Math.floor(last / 1000) - 60_000).toISOString())
      .then((alerts) => {
        for (const alert of alerts) send({ seq: floor, change: { change: 'updated', alert } });
      })
      .catch(() => {})
      .finally(() => {
        for (const c of held) send(c);
        live = true;
      });
  }
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), 15_000);
  heartbeat.unref();
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(end);
  };
  const end = () => {
    close();
    res.end();
  };
  streams.add(end);
  request.raw.on('close', close);
  res.on('error', close);
}

/** Flag the fixes of a track that imply an impossible speed (src/monitoring/plausibility.ts). */
function markImplausible(fixes: StoredFix[]): (StoredFix & { implausible?: true })[] {
  const points = fixes.map((f) => ({ ...f, at: Date.parse(f.at), fix: f }));
  const flagged = new Set([...flagImplausible(points)].map((p) => p.fix));
  return fixes.map((f) => (flagged.has(f) ? { ...f, implausible: true as const } : f));
}
