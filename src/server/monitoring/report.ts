/**
 * The violation report for the court: one supervised defendant, one period. For each alert whose episode
 * overlaps the period — its times in the district's time zone, the place, the condition and the release order
 * (with its docket entry) it enforces, the statute, the evidence (key fixes, facts, tolerances) and the
 * officer's notes and history. Printable HTML (server-rendered, print CSS) and PDF (pdfkit: pure JavaScript,
 * no browser needed on the server). It reports what the monitoring data show; whether a condition was
 * violated is for the court (18 U.S.C. § 3148(b)).
 */
import PDFDocument from 'pdfkit';
import { Temporal } from 'temporal-polyfill';
import { longDate } from '../../export/dates.ts';
import type { Alert, AlertKind } from '../../monitoring/alerts.ts';
import type { ApprovedAbsence } from '../../monitoring/enrollment.ts';
import type { Person } from './service.ts';

const KIND_TITLES: Record<AlertKind, string> = {
  unapprovedAbsence: 'Absent from the residence outside an approved absence',
  lateReturn: 'Late return from an approved absence',
  curfewNotHome: 'Not at the residence when curfew began',
  curfewLeft: 'Left the residence during curfew',
  leftPermittedArea: 'Outside the permitted area',
  exclusionZone: 'Inside an exclusion zone',
  exclusionBuffer: 'Inside the buffer around an exclusion zone',
  possibleCrossing: 'Possible crossing of an exclusion zone between two fixes',
  mobileZone: 'Within the protected person’s zone',
  mobileBuffer: 'Within the buffer around the protected person',
  strapTamper: 'Strap tamper',
  caseTamper: 'Device case tamper',
  batteryLow: 'Battery low',
  batteryCritical: 'Battery critical',
  gpsLost: 'No GPS',
  communicationFailure: 'No communication from the device',
  locationFailure: 'No location from the device',
};

export interface ReportEntry {
  alert: Alert;
  title: string;
  started: string;
  ended: string;
  detected: string;
  duration: string;
  place: string;
  /** The condition by its text (the order's words), not its internal id. */
  condition: string;
  order: string;
  /** The state, and the officer's disposition when it says more than the state. */
  status: string;
  fixes: { at: string; position: string; accuracy: string; distance: string }[];
  facts: [string, string][];
  tolerances: [string, string][];
  history: { at: string; by: string; action: string; note: string }[];
}

export interface ViolationReport {
  caseCaption: string;
  court: string;
  docketNumber: string;
  defendant: string;
  deviceId: string;
  timeZone: string;
  from: string;
  to: string;
  generatedAt: string;
  entries: ReportEntry[];
  dismissed: ReportEntry[];
  /** Fixes of the period set aside as implausible evidence (an impossible speed): they raised nothing. */
  implausibleFixes: number;
}

const implausibleNote = (n: number) =>
  n === 0
    ? ''
    : `${n} fix(es) in this period implied an impossible speed from the fix before them; they are implausible evidence, were not evaluated and raised no alert.`;

/** An instant as the district reads it, in the app's one date form: `Tue May 5, 2026 13:00 PDT`. */
function localTime(iso: string, tz: string): string {
  const { date, time } = localParts(iso, tz);
  return `${date} ${time}`;
}

function localParts(iso: string, tz: string): { date: string; time: string } {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(tz);
  const abbr =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'short' })
      .formatToParts(new Date(z.epochMilliseconds))
      .find((p) => p.type === 'timeZoneName')?.value ?? tz;
  const hm = `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}${z.second ? `:${String(z.second).padStart(2, '0')}` : ''}`;
  return { date: longDate(z.toPlainDate().toString()), time: `${hm} ${abbr}` };
}

function duration(a: Alert): string {
  if (a.endedAt === null) return 'ongoing when the report was made';
  const min = Math.round((Date.parse(a.endedAt) - Date.parse(a.startedAt)) / 60_000);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${min % 60} min`;
}

const words = (k: string) => k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** An approved absence as the officer approved it: category, window and destination — not its record id. */
function absenceText(id: string, absences: readonly ApprovedAbsence[], tz: string): string {
  const a = absences.find((x) => x.id === id);
  if (!a) return 'an approved absence no longer in the enrollment';
  const from = localParts(a.from, tz);
  const to = localParts(a.to, tz);
  const until = from.date === to.date ? to.time : `${to.date} ${to.time}`;
  return `${words(a.category)}, ${from.date} ${from.time} to ${until}${a.destination ? `, to ${a.destination.label}` : ''}`;
}

function statusText(a: Alert): string {
  const d = a.disposition?.trim();
  return d && d.toLowerCase() !== a.state ? `${a.state} — ${d}` : a.state;
}

function entry(a: Alert, tz: string, absences: readonly ApprovedAbsence[] = []): ReportEntry {
  const fix0 = a.evidence.fixes[0];
  const place = a.zone
    ? a.zone.label
    : fix0
      ? `near ${fix0.lat.toFixed(5)}, ${fix0.lon.toFixed(5)}`
      : 'no location (a device event)';
  const entryNo = a.order.docketEntry
    ? a.order.docketEntry.number !== null
      ? `docket entry ${a.order.docketEntry.number}`
      : 'an unnumbered docket entry'
    : 'no docket entry recorded';
  return {
    alert: a,
    title: KIND_TITLES[a.kind] ?? a.kind,
    started: localTime(a.startedAt, tz),
    ended: a.endedAt ? localTime(a.endedAt, tz) : '—',
    detected: localTime(a.detectedAt, tz),
    duration: duration(a),
    place,
    condition: a.condition.text,
    // The order as the record names it, its date in the report's one form.
    order: `${a.order.description.replace(/\b\d{4}-\d{2}-\d{2}\b(?!T)/g, longDate)}; ${entryNo}`,
    status: statusText(a),
    fixes: a.evidence.fixes.map((f) => ({
      at: localTime(f.at, tz),
      position: `${f.lat.toFixed(5)}, ${f.lon.toFixed(5)} (${f.source})`,
      accuracy: `± ${Math.round(f.accuracyM)} m`,
      distance:
        f.distanceM === undefined
          ? ''
          : f.distanceM < 0
            ? `${Math.round(-f.distanceM)} m inside the boundary`
            : `${Math.round(f.distanceM)} m from the boundary`,
    })),
    facts: Object.entries(a.evidence.facts).map(([k, v]) => [
      k === 'absence' ? 'approved absence' : words(k),
      k === 'absence' && typeof v === 'string'
        ? absenceText(v, absences, tz)
        : typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)
          ? localTime(v, tz)
          : String(v),
    ]),
    tolerances: Object.entries(a.evidence.tolerances).map(([k, v]) => [words(k), String(v)]),
    history: a.history.map((h) => ({
      at: localTime(h.at, tz),
      by: h.by,
      action: h.action,
      note: h.note ?? '',
    })),
  };
}

export function buildReport(
  p: Person,
  alerts: readonly Alert[],
  from: string,
  to: string,
  /** When the report is prepared: the wall clock, also while a demo replays recorded device events. */
  preparedAt: number,
  extra: { implausibleFixes?: number } = {},
): ViolationReport {
  const tz = p.compiled.device.timeZone;
  const c = p.caseFile.case;
  const absences = p.record.enrollment.absences ?? [];
  return {
    caseCaption: c.caption,
    court: c.district,
    docketNumber: c.docketNumber,
    defendant: p.record.label,
    deviceId: p.record.deviceId,
    timeZone: tz,
    from: localTime(from, tz),
    to: localTime(to, tz),
    generatedAt: localTime(new Date(preparedAt).toISOString(), tz),
    entries: alerts.filter((a) => a.state !== 'dismissed').map((a) => entry(a, tz, absences)),
    dismissed: alerts.filter((a) => a.state === 'dismissed').map((a) => entry(a, tz, absences)),
    implausibleFixes: extra.implausibleFixes ?? 0,
  };
}

/** The lines the supervising officer fills in and signs on the printed report. */
const SIGNATURE_LINES = ['Signature', 'Name', 'Title', 'Date'] as const;

const DISCLAIMER =
  'This report states what the location-monitoring data show and what the supervising officer recorded. Whether a condition of release was violated is for the court to decide (18 U.S.C. § 3148(b)).';

// ------------------------------------------------------------------------------------------------ HTML

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

function entryHtml(e: ReportEntry, n: number): string {
  const a = e.alert;
  const rows = (pairs: [string, string][]) =>
    pairs.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  return `<section class="violation">
<h2>${n}. ${esc(e.title)} <span class="sev ${a.severity}">${a.severity}</span></h2>
<table class="facts">
${rows([
  ['Began', e.started],
  ['Ended', e.ended],
  ['Duration', e.duration],
  [
    'Detected',
    `${e.detected}${a.late ? ` (from late data, ${Math.round(a.detectionDelaySec / 60)} min after it could first have been raised)` : ''}`,
  ],
  ['Place', e.place],
  ['Condition', e.condition],
  ['Order', e.order],
  ['Authority', a.rule.citation],
  ['Rule', a.rule.description],
  ['Evidence', `${a.evidence.eventCount} device event(s); confidence ${a.confidence}`],
  ['Status', e.status],
])}
</table>
${
  e.fixes.length > 0
    ? `<h3>Key fixes</h3><table class="grid"><thead><tr><th>Time</th><th>Position</th><th>Accuracy</th><th>Distance</th></tr></thead><tbody>${e.fixes
        .map(
          (f) =>
            `<tr><td>${esc(f.at)}</td><td>${esc(f.position)}</td><td>${esc(f.accuracy)}</td><td>${esc(f.distance)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
${e.facts.length > 0 ? `<h3>Facts</h3><table class="facts">${rows(e.facts)}</table>` : ''}
${e.tolerances.length > 0 ? `<h3>Tolerances applied</h3><table class="facts">${rows(e.tolerances)}</table>` : ''}
${a.evidence.notes.length > 0 ? `<ul class="notes">${a.evidence.notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
<h3>History and officer’s notes</h3>
<table class="grid"><thead><tr><th>Time</th><th>By</th><th>Action</th><th>Note</th></tr></thead><tbody>${e.history
    .map(
      (h) =>
        `<tr><td>${esc(h.at)}</td><td>${esc(h.by)}</td><td>${esc(h.action)}</td><td>${esc(h.note)}</td></tr>`,
    )
    .join('')}</tbody></table>
</section>`;
}

export function reportHtml(r: ViolationReport): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Location monitoring report — ${esc(r.defendant)} — ${esc(r.caseCaption)}</title>
<style>
  body { font: 11pt/1.4 Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 52em; color: #111; }
  header { border-bottom: 2px solid #111; margin-bottom: 1em; }
  h1 { font-size: 16pt; margin: 0 0 .3em; }
  h2 { font-size: 13pt; margin: 1.2em 0 .4em; }
  h3 { font-size: 11pt; margin: .8em 0 .3em; }
  table { border-collapse: collapse; width: 100%; margin-bottom: .5em; }
  th, td { text-align: left; vertical-align: top; padding: 2px 6px; }
  table.facts th { width: 9em; font-weight: normal; color: #444; }
  table.grid th, table.grid td { border: 1px solid #999; font-size: 10pt; }
  .sev { font: bold 9pt sans-serif; text-transform: uppercase; padding: 1px 6px; border: 1px solid; }
  .sev.critical { color: #a00; } .sev.serious { color: #b50; } .sev.warning { color: #665; }
  .disclaimer { font-size: 10pt; color: #333; border-top: 1px solid #999; margin-top: 2em; padding-top: .5em; }
  .signature { margin-top: 2.5em; break-inside: avoid-page; }
  .signature p { margin: 0 0 .4em; }
  .signature dl { display: grid; grid-template-columns: 6em 22em; row-gap: 1.6em; margin: 1.2em 0 0; }
  .signature dt { align-self: end; }
  .signature dd { margin: 0; border-bottom: 1px solid #111; min-height: 1.2em; }
  @page { size: letter; margin: 2cm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Georgia, serif; } }
  @media print {
    body { margin: 0; max-width: none; }
    section.violation { break-inside: avoid-page; }
    a { color: inherit; text-decoration: none; }
  }
</style></head><body>
<header>
<h1>Location monitoring: report to the court</h1>
<p><strong>${esc(r.caseCaption)}</strong>, ${esc(r.court)}, No. ${esc(r.docketNumber)}<br>
Defendant: ${esc(r.defendant)} — device ${esc(r.deviceId)}<br>
Period: ${esc(r.from)} to ${esc(r.to)} (times in ${esc(r.timeZone)})<br>
Prepared: ${esc(r.generatedAt)}</p>
</header>
<p>${r.entries.length === 0 ? 'No alerts in this period.' : `${r.entries.length} alert(s) in this period.`}${r.dismissed.length > 0 ? ` ${r.dismissed.length} alert(s) dismissed as false alarms are listed at the end.` : ''}</p>
${r.implausibleFixes > 0 ? `<p class="implausible">${esc(implausibleNote(r.implausibleFixes))}</p>` : ''}
${r.entries.map((e, i) => entryHtml(e, i + 1)).join('\n')}
${r.dismissed.length > 0 ? `<h2>Dismissed as false alarms</h2>${r.dismissed.map((e, i) => entryHtml(e, r.entries.length + i + 1)).join('\n')}` : ''}
<section class="signature">
<p>Submitted by the supervising officer, U.S. Pretrial Services:</p>
<dl>${SIGNATURE_LINES.map((l) => `<dt>${l}</dt><dd></dd>`).join('')}</dl>
</section>
<p class="disclaimer">${esc(DISCLAIMER)}</p>
</body></html>`;
}

// ------------------------------------------------------------------------------------------------- PDF

/** The standard PDF fonts speak Windows-1252: spell the rest out. */
const pdfText = (s: string) =>
  s
    .replace(/[≤]/g, '<=')
    .replace(/[≥]/g, '>=')
    .replace(/[−]/g, '-')
    .replace(/[^\n\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac]/g, '?');

export function reportPdf(r: ViolationReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    bufferPages: true,
    info: { Title: pdfText(`Location monitoring report - ${r.defendant}`), Subject: pdfText(r.caseCaption) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const t = (s: string, opts: PDFKit.Mixins.TextOptions = {}) => doc.text(pdfText(s), opts);
  const pair = (k: string, v: string) => {
    doc.font('Helvetica-Bold').fontSize(9);
    t(`${k}: `, { continued: true });
    doc.font('Helvetica');
    t(v);
  };

  doc.font('Helvetica-Bold').fontSize(15);
  t('Location monitoring: report to the court');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  t(`${r.caseCaption}, ${r.court}, No. ${r.docketNumber}`);
  t(`Defendant: ${r.defendant} - device ${r.deviceId}`);
  t(`Period: ${r.from} to ${r.to} (times in ${r.timeZone})`);
  t(`Prepared: ${r.generatedAt}`);
  doc.moveDown(0.5);
  t(r.entries.length === 0 ? 'No alerts in this period.' : `${r.entries.length} alert(s) in this period.`);
  if (r.implausibleFixes > 0) t(implausibleNote(r.implausibleFixes));

  const all = [...r.entries, ...r.dismissed];
  all.forEach((e, i) => {
    const a = e.alert;
    if (doc.y > 600) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12);
    t(
      `${i + 1}. ${e.title} [${a.severity}]${a.state === 'dismissed' ? ' - dismissed as a false alarm' : ''}`,
    );
    doc.moveDown(0.2);
    pair('Began', e.started);
    pair('Ended', e.ended);
    pair('Duration', e.duration);
    pair(
      'Detected',
      `${e.detected}${a.late ? ` (from late data, ${Math.round(a.detectionDelaySec / 60)} min after it could first have been raised)` : ''}`,
    );
    pair('Place', e.place);
    pair('Condition', e.condition);
    pair('Order', e.order);
    pair('Authority', a.rule.citation);
    pair('Evidence', `${a.evidence.eventCount} device event(s); confidence ${a.confidence}`);
    pair('Status', e.status);
    for (const f of e.fixes)
      pair('Fix', `${f.at}: ${f.position}, ${f.accuracy}${f.distance ? `, ${f.distance}` : ''}`);
    for (const [k, v] of e.facts) pair(k, v);
    if (e.tolerances.length > 0) pair('Tolerances', e.tolerances.map(([k, v]) => `${k} ${v}`).join('; '));
    for (const n of a.evidence.notes) pair('Note', n);
    doc.moveDown(0.2).font('Helvetica-Bold').fontSize(9);
    t('History and officer’s notes');
    doc.font('Helvetica');
    for (const h of e.history)
      t(`${h.at} - ${h.by}: ${h.action}${h.note ? ` - ${h.note}` : ''}`, { indent: 10 });
  });
  // The signature block stays on one page.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
  doc.moveDown(2).font('Helvetica').fontSize(10);
  t('Submitted by the supervising officer, U.S. Pretrial Services:');
  doc.moveDown(0.5);
  const left = doc.page.margins.left;
  for (const label of SIGNATURE_LINES) {
    doc.moveDown(1.2);
    const y = doc.y;
    doc.text(label, left, y, { lineBreak: false });
    doc
      .moveTo(left + 60, y + 10)
      .lineTo(left + 300, y + 10)
      .lineWidth(0.7)
      .stroke();
    doc.x = left;
    doc.y = y + 12;
  }
  doc.moveDown(1.5).font('Helvetica-Oblique').fontSize(9);
  t(DISCLAIMER, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
  // Page numbers, written in the bottom margin of each buffered page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8);
    doc.text(`Page ${i + 1} of ${range.count}`, 0, doc.page.height - 36, {
      width: doc.page.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
