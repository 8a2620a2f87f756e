/**
 * iCalendar (RFC 5545) export of deadlines: one all-day event per deadline, so a calendar program shows the due
 * date; the description carries the rule, the trigger and the trace a reader can check.
 */
import type { Deadline } from '../law/deadlines/index.ts';
import type { Clock, SpeedyTrialResult } from '../law/speedy-trial/index.ts';

/** RFC 5545 § 3.3.11: escape backslash, semicolon, comma and newline in TEXT values. */
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 § 3.1: lines longer than 75 octets are folded with CRLF + a space, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // continuation lines start with a space
  }
  return parts.join('\r\n ');
}

const basic = (iso: string) => iso.replaceAll('-', '');

export interface IcsOptions {
  caption: string;
  docketNumber: string;
  /** Stamp for DTSTAMP (UTC, e.g. 2026-11-22T10:00:00Z). */
  stamp: string;
  names?: ReadonlyMap<number, string>;
  /** The Speedy Trial clocks: each open clock with a known last day becomes an event on that day. */
  speedyTrial?: SpeedyTrialResult;
}

const range = (r: { min: number; max: number }): string =>
  r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;

const STA_TITLE: Record<Clock['kind'], string> = {
  trial: 'STA trial deadline',
  indictment: 'STA indictment deadline',
  detention: '§ 3164 detention deadline',
};

/**
 * One all-day event per open Speedy Trial clock whose last day is known, on the earliest last day (every unknown
 * day counted); the summary gives the days left as a range ("STA trial deadline (14–30 days left)") and says when
 * the clock has or may have run; the description carries the status, the later last day and the unknown periods.
 */
function staEvents(r: SpeedyTrialResult, o: IcsOptions, stamp: string): string[] {
  const lines: string[] = [];
  for (const d of r.defendants) {
    for (const c of d.clocks) {
      if (!c.current || c.end || !c.lastDay?.determinate) continue;
      const who = o.names?.get(d.defendant) ?? d.name;
      const state =
        c.status === 'expired'
          ? 'run'
          : c.status === 'mayHaveRun'
            ? `may have run; ${range(c.left)} days left`
            : `${range(c.left)} days left`;
      const latest =
        c.lastDayLatest === undefined
          ? []
          : c.lastDayLatest?.determinate
            ? c.lastDayLatest.date === c.lastDay.date
              ? []
              : [`If every unknown day is excluded, the last day is ${c.lastDayLatest.date}.`]
            : ['If every unknown day is excluded, the last day cannot yet be computed.'];
      const description = [
        `${c.citation}: ${c.statusText}`,
        `Days used: ${range(c.used)} of ${c.limit.days} (as of ${r.asOf}).`,
        ...latest,
        ...c.unknowns.map(
          (u) => `Unknown ${u.window.from} to ${u.window.to ?? 'open'}: ${u.reason} To settle: ${u.settle}.`,
        ),
        '',
        c.trigger.text,
      ].join('\n');
      const day = new Date(`${c.lastDay.date}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + 1);
      lines.push(
        'BEGIN:VEVENT',
        `UID:sta-${d.defendant}-${c.id}@${o.docketNumber.replace(/[^A-Za-z0-9.-]/g, '-')}.pretrial`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${basic(c.lastDay.date)}`,
        `DTEND;VALUE=DATE:${day.toISOString().slice(0, 10).replaceAll('-', '')}`,
        `SUMMARY:${escapeText(`${STA_TITLE[c.kind]} (${state}) — ${who} (${o.docketNumber})`)}`,
        `DESCRIPTION:${escapeText(description)}`,
        `CATEGORIES:${escapeText(c.citation)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  return lines;
}

export function deadlinesToIcs(deadlines: readonly Deadline[], o: IcsOptions): string {
  const stamp = o.stamp.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//pretrial//deadlines//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`${o.caption} — deadlines`)}`,
  ];
  for (const d of deadlines) {
    const who = o.names?.get(d.defendant) ?? `defendant ${d.defendant}`;
    const nextDay = new Date(`${d.due}T00:00:00Z`);
    nextDay.setUTCDate(nextDay.getUTCDate() + 1);
    const description = [
      `${d.citation}: ${d.text}`,
      `Triggered by ${d.trigger.kind} on ${d.trigger.date}.`,
      `Status: ${d.status}.`,
      ...d.notes,
      ...d.alternatives.map((a) => `Also: ${a.label} → ${a.date}.`),
      '',
      ...d.trace.map((t) => t.text),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.id.replace(/[^A-Za-z0-9:.-]/g, '-')}@${o.docketNumber.replace(/[^A-Za-z0-9.-]/g, '-')}.pretrial`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(d.due)}`,
      `DTEND;VALUE=DATE:${nextDay.toISOString().slice(0, 10).replaceAll('-', '')}`,
      `SUMMARY:${escapeText(`${d.title} — ${who} (${o.docketNumber})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(d.citation)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  if (o.speedyTrial) lines.push(...staEvents(o.speedyTrial, o, stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
