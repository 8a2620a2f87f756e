/**
 * Enrollment: what pretrial services sets up when a person is placed on location monitoring — the device and
 * its reporting plan, the residence geometry, the approved-absence schedule, zones (each tied to the condition
 * it enforces), permitted-area polygons, protected persons who carry a device, and tolerances. Validated with
 * zod at the edge; the compiler (`rules.ts`) turns it, with the conditions in force, into rules.
 */
import { z } from 'zod';
import { AbsenceCategory, CourtId } from '../case/index.ts';
import { Zone, ZoneId } from './zones.ts';

const Instant = z.iso.datetime({
  offset: true,
  error: 'expected an ISO date-time with offset, e.g. 2026-05-05T10:00:00-07:00',
});
const RefId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/, 'expected an id of letters, digits, ".", "_", ":" or "-"');

/** Tolerances (docs/monitoring.md § 4): defaults from vendor and officer practice, overridable per enrollment. */
export const Tolerances = z
  .object({
    /** Inclusion (home, curfew, permitted area): how long past the schedule before an alert, minutes. */
    inclusionGraceMin: z.number().min(0).max(240).default(10),
    /** Exclusion: consecutive fixes inside before an alert (1 if the fix's accuracy circle lies wholly inside). */
    minPointsInside: z.number().int().min(1).max(10).default(2),
    /** Exclusion: spatial buffer ring around a zone, metres (0 = off). */
    exclusionBufferM: z.number().min(0).max(10_000).default(0),
    /** Mobile zone: exit distance = enter distance × (1 + hysteresis). */
    mobileHysteresis: z.number().min(0).max(1).default(0.1),
    /** Mobile zone: the other party's fix must be at most this old, seconds. */
    mobileMaxFixAgeS: z.number().min(10).max(3600).default(300),
    /** Communication failure after the call-in interval plus this buffer, minutes. */
    communicationBufferMin: z.number().min(0).max(1440).default(15),
    /** Location failure when the device calls in with no fix for the fix interval plus this buffer, minutes. */
    locationBufferMin: z.number().min(0).max(1440).default(10),
    /** Battery low at or below this percentage (besides the device's own alarm). */
    batteryLowPercent: z.number().min(0).max(100).default(20),
    /** Battery critical at or below this many minutes left (besides the device's own alarm). */
    batteryCriticalMinutes: z.number().min(0).max(600).default(30),
    /** Permitted area: a fix must be outside by more than its accuracy plus this margin, metres. */
    areaMarginM: z.number().min(0).max(50_000).default(500),
    /** Sparse fixes: test the segment between two fixes further apart than this, metres … */
    crossingMinDistanceM: z.number().min(0).default(2_000),
    /** … or further apart in time than this, seconds (and no more than six hours). */
    crossingMinGapS: z.number().min(0).default(600),
  })
  .strict();
export type Tolerances = z.infer<typeof Tolerances>;
export const DEFAULT_TOLERANCES: Tolerances = Tolerances.parse({});

export const DevicePlan = z
  .object({
    /** How often the device calls in (uploads), seconds. */
    callInIntervalS: z.number().int().min(10).max(86_400).default(300),
    /** How often it takes a fix, seconds. */
    fixIntervalS: z.number().int().min(1).max(86_400).default(60),
  })
  .strict();
export type DevicePlan = z.infer<typeof DevicePlan>;

export const ApprovedAbsence = z
  .object({
    id: RefId,
    category: AbsenceCategory,
    from: Instant,
    to: Instant,
    destination: Zone.optional(),
    note: z.string().optional(),
    approvedBy: z.string().optional(),
  })
  .strict()
  .refine((a) => Date.parse(a.to) > Date.parse(a.from), {
    message: 'an absence must end after it starts',
    path: ['to'],
  });
export type ApprovedAbsence = z.infer<typeof ApprovedAbsence>;

export const Enrollment = z
  .object({
    personId: RefId,
    /** The defendant's number in the case record. */
    defendant: z.number().int().min(1),
    label: z.string().min(1).meta({ description: 'How alerts name the person, e.g. "Renee Castell (2)".' }),
    officer: z.string().min(1).max(200).optional().meta({
      description:
        'The supervising officer: the person is on their caseload (triage reports group by it). Not used by the rules.',
    }),
    device: z.object({ id: RefId, plan: DevicePlan.default(DevicePlan.parse({})) }).strict(),
    /** The residence geometry; without it, a circle of `homeRadiusM` around the order's residence location. */
    home: Zone.optional(),
    homeRadiusM: z.number().positive().max(2_000).default(60),
    absences: z.array(ApprovedAbsence).default([]),
    zones: z
      .array(
        z
          .object({
            zone: Zone,
            role: z.literal('exclusion'),
            conditionId: RefId,
            bufferM: z.number().min(0).max(10_000).optional(),
            minPointsInside: z.number().int().min(1).max(10).optional(),
          })
          .strict(),
      )
      .default([]),
    /** Zones from the agency's shared library, chosen by tag, tied to a condition. */
    sharedZones: z
      .array(
        z
          .object({
            tags: z.array(z.string().min(1)).min(1),
            role: z.literal('exclusion'),
            conditionId: RefId,
            bufferM: z.number().min(0).max(10_000).optional(),
          })
          .strict(),
      )
      .default([]),
    /** One polygon per permitted district (see docs: district boundaries are not shipped). */
    permittedAreas: z.array(z.object({ district: CourtId, zone: Zone }).strict()).default([]),
    protectedPersons: z
      .array(
        z
          .object({
            id: RefId,
            label: z.string().min(1).meta({ description: 'A role label, e.g. "Protected person A".' }),
            deviceId: RefId,
            conditionId: RefId,
            radiusM: z.number().positive().max(50_000),
            bufferM: z.number().min(0).max(50_000).default(0),
          })
          .strict(),
      )
      .default([]),
    tolerances: Tolerances.partial().default({}),
  })
  .strict()
  .superRefine((e, ctx) => {
    const ids = new Set<string>();
    e.zones.forEach((z, i) => {
      if (ids.has(z.zone.id))
        ctx.addIssue({
          code: 'custom',
          path: ['zones', i, 'zone', 'id'],
          message: `duplicate zone id ${z.zone.id}`,
        });
      ids.add(z.zone.id);
    });
    e.protectedPersons.forEach((p, i) => {
      if (p.deviceId === e.device.id)
        ctx.addIssue({
          code: 'custom',
          path: ['protectedPersons', i, 'deviceId'],
          message: "a protected person's device cannot be the supervisee's",
        });
    });
  })
  .meta({ id: 'Enrollment' });
export type Enrollment = z.infer<typeof Enrollment>;
export type EnrollmentInput = z.input<typeof Enrollment>;

export { ZoneId };
