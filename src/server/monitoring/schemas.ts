/** The monitoring API's response shapes, for the OpenAPI document (the engine's own types, written in zod). */
import { z } from 'zod';
import { ALERT_CAUSES } from '../../monitoring/alerts.ts';

const Iso = z.string().meta({ description: 'An ISO 8601 instant (UTC).' });

export const FixView = z
  .object({
    id: z.string().meta({ description: '64-bit event id, as a decimal string.' }),
    at: Iso,
    lat: z.number(),
    lon: z.number(),
    accuracyM: z.number(),
    source: z.string(),
    implausible: z.boolean().optional().meta({
      description:
        'True when the fix implies an impossible speed from the fix before it (implausible evidence: kept, never evaluated, no alert).',
    }),
  })
  .meta({ id: 'TrackFix' });

export const OrderRefView = z
  .object({
    eventId: z.string(),
    eventKind: z.string(),
    date: z.string(),
    docketEntry: z.object({ id: z.string(), number: z.number().nullable() }).nullable(),
    description: z.string(),
  })
  .meta({ id: 'OrderRef' });

export const AlertCauseCode = z.enum(ALERT_CAUSES).meta({
  id: 'AlertCauseCode',
  description:
    'What caused the alert, as the officer found when resolving or dismissing it: participantViolation, deviceFault (device or GPS), communicationLoss, zoneOrScheduleError, officerError, other (say what in the note).',
});

export const AlertCauseView = z
  .object({ code: AlertCauseCode, note: z.string().optional() })
  .meta({ id: 'AlertCause' });

export const SuspensionView = z
  .object({
    id: z.string(),
    personId: z.string(),
    startsAt: Iso,
    endsAt: Iso,
    reason: z.string(),
    approvedBy: z.string(),
    recordedBy: z.string(),
    recordedAt: Iso,
  })
  .meta({
    id: 'Suspension',
    description: 'An approved window in which the person’s alerts are recorded but not raised.',
  });

export const AlertView = z
  .object({
    alertId: z.string(),
    personId: z.string(),
    deviceId: z.string(),
    kind: z.string(),
    severity: z.enum(['critical', 'serious', 'warning', 'info']),
    rule: z.object({ ruleId: z.string(), kind: z.string(), citation: z.string(), description: z.string() }),
    condition: z.object({ id: z.string(), kind: z.string(), text: z.string() }),
    order: OrderRefView,
    zone: z.object({ id: z.string(), label: z.string() }).nullable(),
    startedAt: Iso,
    endedAt: Iso.nullable(),
    detectedAt: Iso,
    late: z.boolean(),
    detectionDelaySec: z.number(),
    evidence: z.object({
      eventIds: z.array(z.string()),
      eventCount: z.number(),
      fixes: z.array(FixView.extend({ distanceM: z.number().optional() })),
      tolerances: z.record(z.string(), z.number()),
      facts: z.record(z.string(), z.union([z.string(), z.number()])),
      notes: z.array(z.string()),
    }),
    confidence: z.enum(['high', 'medium', 'low']),
    state: z.enum(['open', 'acknowledged', 'escalated', 'cleared', 'resolved', 'dismissed']),
    disposition: z.string().nullable(),
    cause: AlertCauseView.optional(),
    suspension: SuspensionView.optional().meta({
      description: 'The approved suspension window the alert was detected in: recorded, not raised.',
    }),
    history: z.array(
      z.object({
        at: Iso,
        by: z.string(),
        action: z.string(),
        note: z.string().optional(),
        clockAt: Iso.optional().meta({
          description: 'The replay clock when the entry was made (demo replays only); response times use it.',
        }),
      }),
    ),
  })
  .meta({
    id: 'Alert',
    description:
      'One episode of one rule: the condition and order it enforces, the evidence, the tolerances applied, and its lifecycle. It reports what the data show; whether a condition was violated is for the court (18 U.S.C. § 3148).',
  });

export const AlertChangeView = z
  .object({ change: z.enum(['opened', 'updated', 'cleared', 'reopened', 'officer']), alert: AlertView })
  .meta({ id: 'AlertChange' });

export const ZoneFeatureView = z
  .object({
    type: z.literal('Feature'),
    geometry: z.object({
      type: z.enum(['Point', 'Polygon', 'MultiPolygon']),
      coordinates: z.array(z.unknown()),
    }),
    properties: z.object({
      id: z.string(),
      label: z.string(),
      role: z.enum(['home', 'exclusion', 'absence', 'permitted', 'mobile']),
      conditionId: z.string().optional(),
      radiusM: z.number().optional().meta({ description: 'A circle is a Point with a radius.' }),
      shared: z.boolean().optional().meta({
        description: 'From the agency’s shared zone library (e.g. a school the person must avoid).',
      }),
    }),
  })
  .meta({ id: 'ZoneFeature' });

/** Who a supervised person is: the fields the people list and a person's page share. */
export const SupervisedPersonFields = z.object({
  personId: z.string(),
  caseId: z.string(),
  caseCaption: z.string(),
  defendant: z.number().int(),
  label: z.string(),
  deviceId: z.string(),
  timeZone: z.string(),
});

export const EnrolledPersonView = SupervisedPersonFields.extend({
  openAlerts: z.number().int(),
  lastEventAt: Iso.nullable(),
}).meta({ id: 'EnrolledPerson' });

export const ConditionView = z
  .object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    from: z.string(),
    to: z.string().nullable(),
    order: z.object({
      id: z.string(),
      date: z.string(),
      docketEntry: z.object({ id: z.string(), number: z.number().nullable() }).nullable(),
      description: z.string(),
    }),
  })
  .meta({ id: 'ConditionInForce' });

const ResponseGroupView = z.object({
  key: z.string(),
  alerts: z.number(),
  acknowledged: z.number(),
  ackMedianSec: z.number().nullable(),
  ackP95Sec: z.number().nullable(),
  closed: z.number(),
  closeMedianSec: z.number().nullable(),
  closeP95Sec: z.number().nullable(),
});

const CauseRowView = z.object({
  key: z.string(),
  label: z.string(),
  counts: z.record(z.string(), z.number()),
});

export const TriageReportView = z
  .object({
    from: Iso,
    to: Iso,
    days: z.number(),
    byOfficer: z.array(ResponseGroupView),
    byCaseload: z.array(ResponseGroupView),
    bySeverity: z.array(ResponseGroupView),
    alertsPerPersonPerDay: z.number(),
    people: z.array(
      z.object({
        personId: z.string(),
        label: z.string(),
        officer: z.string().nullable(),
        alerts: z.number(),
        perDay: z.number(),
      }),
    ),
    causesByPerson: z.array(CauseRowView),
    causesByCaseload: z.array(CauseRowView),
  })
  .meta({ id: 'TriageReport' });
