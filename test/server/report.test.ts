import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { conditionTimeline } from '../../src/monitoring/conditions-in-force.ts';
import { Enrollment } from '../../src/monitoring/enrollment.ts';
import { compileRules } from '../../src/monitoring/rules.ts';
import { DEMO_DEVICE, demoEnrollment, runDemoWeek } from '../../src/monitoring/simulator/demo-week.ts';
import { buildReport, reportHtml, reportPdf } from '../../src/server/monitoring/report.ts';
import type { Person } from '../../src/server/monitoring/service.ts';

/** The text a pdfkit document shows: its content streams inflated, each TJ array's hex strings joined. */
function pdfLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1] as string, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of body.matchAll(/\[([^\]]*)\] TJ/g))
      lines.push(
        [...(tj[1] as string).matchAll(/<([0-9a-f]*)>/g)]
          .map((h) => Buffer.from(h[1] as string, 'hex').toString('latin1'))
          .join(''),
      );
  }
  return lines;
}

describe('the violation report for the court', () => {
  const file = buildHaleCaseFile();
  const enrollment = Enrollment.parse(demoEnrollment);
  const timeline = conditionTimeline(file, enrollment.defendant);
  const person = {
    record: {
      personId: 'hale-2',
      caseId: 'nyed-1-26-cr-00117',
      defendant: 2,
      deviceId: DEMO_DEVICE,
      label: 'Renee Castell (2)',
      enrollment,
      createdAt: '2026-04-22T00:00:00Z',
      updatedAt: '2026-04-22T00:00:00Z',
    },
    caseFile: file,
    caseVersion: 1,
    timeline,
    compiled: compileRules(timeline, enrollment),
  } as unknown as Person;
  // The demo week with the officer's steps: the strap tamper resolved with no disposition given.
  const run = runDemoWeek(file);
  const report = buildReport(
    person,
    run.alerts,
    '2026-05-04T07:00:00Z',
    '2026-05-11T07:00:00Z',
    Date.parse('2026-05-11T16:00:00Z'),
  );

  it("writes its times in the app's one date form, in the district's zone", () => {
    const html = reportHtml(report);
    // 07:00 UTC is midnight in Los Angeles (PDT); prepared at 16:00 UTC, 09:00 PDT.
    expect(html).toContain(
      'Period: Mon May 4, 2026 00:00 PDT to Mon May 11, 2026 00:00 PDT (times in America/Los_Angeles)',
    );
    expect(html).toContain('Prepared: Mon May 11, 2026 09:00 PDT');
  });

  it('names conditions, absences and orders as the record does, never by internal ids', () => {
    const html = reportHtml(report);
    expect(html).not.toMatch(/\bc2-[a-z-]+|\babs-\d{4}|ev-castell/);
    expect(html).toContain(
      '<tr><th>Condition</th><td>Home detention at her residence in Los Angeles, California (C.D. Cal.)</td></tr>',
    );
    expect(html).toContain(
      '<tr><th>approved absence</th><td>attorney visits, Tue May 5, 2026 09:30 PDT to 13:00 PDT, to Defense counsel&#39;s office (downtown Los Angeles)</td></tr>',
    );
    expect(html).toContain(
      '<tr><th>Order</th><td>Order Setting Conditions of Release (Tue Apr 21, 2026, ECF No. 6); docket entry 6</td></tr>',
    );
  });

  it('states a disposition only when it says more than the state', () => {
    const strap = report.entries.find((e) => e.alert.kind === 'strapTamper');
    expect(strap?.alert.state).toBe('resolved');
    expect(strap?.alert.disposition).toBe('resolved');
    expect(strap?.status).toBe('resolved');
    const html = reportHtml(report);
    expect(html).not.toMatch(/resolved\s*[—–-]\s*resolved/);
    expect(html).toContain('<tr><th>Status</th><td>resolved</td></tr>');
  });

  it('prints page numbers and a signature block for the officer, in HTML and PDF', async () => {
    const html = reportHtml(report);
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
    expect(html).toContain(
      '<dl><dt>Signature</dt><dd></dd><dt>Name</dt><dd></dd><dt>Title</dt><dd></dd><dt>Date</dt><dd></dd></dl>',
    );
    const pdf = await reportPdf(report);
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    const lines = pdfLines(pdf);
    const numbers = lines.filter((l) => /^Page \d+ of \d+$/.test(l));
    expect(numbers).toEqual(Array.from({ length: pages }, (_, i) => `Page ${i + 1} of ${pages}`));
    for (const label of ['Signature', 'Name', 'Title', 'Date']) expect(lines).toContain(label);
    expect(lines.join('\n')).not.toMatch(/\bc2-[a-z-]+|\babs-\d{4}|resolved - resolved/);
  });
});
