/**
 * From what an importer read (`RawDocket`) to the canonical case file (docs/dockets.md § 8): the case,
 * its defendants (from the party list, or — for co-defendants and history reports — from the docket text),
 * other parties, counts, every docket entry verbatim, and the events the classifier reads from them.
 */

import type { z } from 'zod';
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  type CaseFile,
  type CaseFileShape,
  validateCaseFile,
} from '../case/index.ts';
import { findDistrict } from '../law/calendar/districts.ts';
import {
  classifyEntries,
  type EntryInput,
  magistrateSuffix,
  numberedNames,
  placeholderCaseOf,
} from './classify/index.ts';
import { matchMagistrateName, type Roster, type RosterMember } from './classify/roster.ts';
import { complaintStatutes, parseCountLine } from './counts.ts';
import { COURT_LOOKED_FOR } from './court.ts';
import { coverageOf } from './coverage.ts';
import { nonCriminalReason } from './kind.ts';
import { captionDefendant, judgeName, normalizeCaption, parseDocketNumber } from './names.ts';
import { isSealedEntry } from './sealed.ts';
import {
  ENTRY_FORMAT,
  type RawAttorney,
  type RawDocket,
  type RawParty,
  type Rejection,
  reject,
} from './types.ts';

type CaseFileInput = z.input<typeof CaseFileShape>;
type CounselInput = NonNullable<CaseFileInput['defendants'][number]['counsel']>[number];

export interface BuildOptions {
  importedFrom?: string;
  importedAt?: string;
  /** Court id to use when the page does not say (`--court`). */
  court?: string;
  /** Skip the classifier (entries only). */
  classify?: boolean;
  /** Report progress (entries classified so far). */
  onProgress?: (done: number, total: number) => void;
}

export type BuildResult = { ok: true; caseFile: CaseFile; warnings: string[] } | Rejection;

/** The designation line → our counsel designation. */
export function designationOf(text: string | null | undefined): CounselInput['designation'] {
  if (!text) return 'unknown';
  if (/Public Defender or Community Defender|Federal (?:Public )?Defender|\bFPD\b/i.test(text))
    return 'federalDefender';
  if (/\bCJA\b/i.test(text)) return 'cja';
  if (/Retained/i.test(text)) return 'retained';
  if (/Pro Se/i.test(text)) return 'proSe';
  if (/Public Defender/i.test(text)) return 'publicDefender';
  return 'other';
}

function counselOf(attorneys: RawAttorney[]): CounselInput[] {
  return attorneys.map((a) => {
    const terminated = a.roles
      .map((r) => /^TERMINATED:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(r))
      .find(Boolean);
    const roles = a.roles.filter((r) => !/^TERMINATED:/.test(r));
    const terminatedOn = terminated
      ? `${terminated[3]}-${terminated[1]!.padStart(2, '0')}-${terminated[2]!.padStart(2, '0')}`
      : (a.terminatedOn ?? undefined);
    return {
      name: a.name,
      designation: designationOf(a.designation),
      roles,
      ...(a.contact ? { contact: a.contact } : {}),
      ...(terminatedOn ? { terminatedOn } : {}),
      ...(a.designation ? { designationText: a.designation } : {}),
    };
  });
}

const aliasesOf = (extra: string) => {
  const lines = extra.split('\n');
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (/^also known as$/i.test(l.trim()) && lines[i + 1]) out.push(lines[i + 1]!.trim());
  });
  return out;
};

export function buildCaseFile(raw: RawDocket, options: BuildOptions = {}): BuildResult {
  const where = courtOf(raw, options);
  if ('ok' in where) return where;
  const { parts, court, district } = where;
  const partyDefendants = raw.parties.filter((p) => p.type === 'Defendant');
  const read = rosterOf(raw, parts, partyDefendants);
  if ('ok' in read) return read;
  const { roster } = read;
  const docketEntries = docketEntriesOf(raw);
  const classified = eventsOf(raw, docketEntries, roster, court, options);
  const events = classified.events;
  const { defendants, counts } = defendantsOf(roster.members, partyDefendants, events);
  addComplaintCharges(events, defendants);
  const warnings = [...raw.warnings, ...read.warnings, ...classified.warnings];
  if (!raw.dateFiled)
    warnings.push('the docket does not give the date the case was filed; the first entry’s date is used');
  const input: CaseFileInput = {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    case: caseOf(raw, parts, court, district, roster.members, docketEntries),
    defendants,
    parties: raw.parties
      .filter((p) => p.type !== 'Defendant')
      .map((p) => ({
        name: p.name,
        role: p.type,
        ...(p.dateTerminated ? { terminatedOn: p.dateTerminated } : {}),
        counsel: counselOf(p.attorneys),
        ...(p.extraInfo ? { extraInfo: p.extraInfo } : {}),
      })),
    counts,
    docketEntries,
    events,
    coverage: [coverageOf(raw, docketEntries)],
    meta: metaOf(raw, options, warnings),
  };
  const valid = validateCaseFile(input);
  if (!valid.ok) {
    return reject(
      `the imported case file does not validate (${valid.issues.length} problem${valid.issues.length === 1 ? '' : 's'}); nothing was written`,
      valid.issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; '),
    );
  }
  return { ok: true, caseFile: valid.caseFile, warnings };
}

type DocketNumber = NonNullable<ReturnType<typeof parseDocketNumber>>;
type District = Extract<ReturnType<typeof findDistrict>, { ok: true }>['district'];

/** The docket number's parts and the court, or why the file is not a criminal case of a known court. */
function courtOf(
  raw: RawDocket,
  options: BuildOptions,
): { parts: DocketNumber; court: string; district: District } | Rejection {
  const parts = parseDocketNumber(raw.docketNumberFull);
  if (!parts)
    return reject(
      'the docket number cannot be read (expected office:yy-type-serial, e.g. 2:17-cr-00378)',
      raw.docketNumberFull,
    );
  const notCriminal = nonCriminalReason(raw, parts.type);
  if (notCriminal) return notCriminal;
  const court = (raw.court || options.court || '').toLowerCase();
  if (!court)
    return reject(
      `the court is not named in the file: looked for ${raw.format === 'pacer' || raw.format === 'pacer-history' ? COURT_LOOKED_FOR : 'a court id (court_id, court, or <court> in the RECAP XML)'}, and found none; pass --court <PACER court id>, e.g. --court nyed`,
      raw.docketNumberFull,
    );
  const district = findDistrict(court);
  if (!district.ok) return reject(district.error, court);
  return { parts, court, district: district.district };
}

/**
 * The defendants: the party list, then co-defendants the text names with their number, then the caption; and
 * which of them the report was run for.
 */
function rosterOf(
  raw: RawDocket,
  parts: DocketNumber,
  partyDefendants: readonly RawParty[],
): { roster: Roster; warnings: string[] } | Rejection {
  const warnings: string[] = [];
  const members: RosterMember[] = partyDefendants.map((p, i) => ({
    number: p.ordinal ?? (i === 0 ? (parts.defendantNumber ?? 1) : i + 1),
    name: p.name,
    aliases: aliasesOf(p.extraInfo),
    knownFrom: 'partyList',
  }));
  const placeholderName = /^Sld Dft /;
  addNamedInText(raw, members, placeholderName, warnings);
  nameSealedFromLists(members, raw.entries, placeholderName, warnings);
  for (const m of members) {
    // A placeholder alias "Sld Dft 1:03cr76-1" names this defendant's number; one naming another number is dropped.
    m.aliases = [...new Set(m.aliases)].filter((a) => {
      const n = /^Sld Dft \d+:\d+[a-z]+\d+-(\d+)$/.exec(a);
      return !n || Number(n[1]) === m.number;
    });
  }
  if (members.length === 0) {
    const name = captionDefendant(normalizeCaption(raw.caseTitle));
    if (!name)
      return reject(
        'no defendant: the docket has no party list, no numbered defendant in its text, and no caption',
        raw.caseTitle,
      );
    members.push({ number: parts.defendantNumber ?? 1, name, aliases: [], knownFrom: 'caption' });
    warnings.push(
      `the docket names no defendant; "${name}" (defendant ${parts.defendantNumber ?? 1}) is taken from the caption`,
    );
  }
  members.sort((a, b) => a.number - b.number);
  const primary = raw.allDefendants
    ? members.map((m) => m.number)
    : partyDefendants.length > 0
      ? members.filter((m) => m.knownFrom === 'partyList').map((m) => m.number)
      : parts.defendantNumber && members.some((m) => m.number === parts.defendantNumber)
        ? [parts.defendantNumber]
        : members.length === 1
          ? [members[0]!.number]
          : members.map((m) => m.number);
  return { roster: { members, primary, placeholderCase: placeholderCaseOf(parts.core) }, warnings };
}

/** Co-defendants the docket text names with their number ("(2) Viki Warren"), added to the members or to their aliases. */
function addNamedInText(
  raw: RawDocket,
  members: RosterMember[],
  placeholderName: RegExp,
  warnings: string[],
): void {
  for (const e of raw.entries) {
    // An entry carried over from the magistrate (`-mj-`) case numbers defendants as that case did: match by name.
    if (magistrateSuffix(e.text) !== null && members.length > 0) {
      for (const { number, name } of numberedNames(e.text))
        matchMagistrateName(members, number, name, warnings);
      continue;
    }
    for (const { number, name } of numberedNames(e.text)) {
      const known = members.find((m) => m.number === number);
      if (known) {
        if (placeholderName.test(known.name) && !placeholderName.test(name)) {
          known.aliases.push(known.name);
          known.name = name;
        } else if (
          known.name !== name &&
          !known.aliases.includes(name) &&
          normalize(known.name) !== normalize(name)
        ) {
          known.aliases.push(name);
        }
        continue;
      }
      if (members.some((m) => normalize(m.name) === normalize(name))) continue;
      members.push({ number, name, aliases: [], knownFrom: 'docketText' });
    }
  }
}

/** Docket entries, verbatim; ids unique even when numbers repeat (ncwd_1 has three entries numbered 101). */
function docketEntriesOf(raw: RawDocket) {
  const usedIds = new Map<string, number>();
  const unnumberedPerDay = new Map<string, number>();
  return raw.entries.map((e) => {
    let id: string;
    if (e.number !== null) id = `n${e.number}`;
    else {
      const k = (unnumberedPerDay.get(e.dateFiled) ?? 0) + 1;
      unnumberedPerDay.set(e.dateFiled, k);
      id = `u${e.dateFiled}${k > 1 ? `-${k}` : ''}`;
    }
    const seen = usedIds.get(id) ?? 0;
    usedIds.set(id, seen + 1);
    if (seen > 0) id = `${id}-${seen + 1}`;
    const related = magistrateSuffix(e.text);
    return {
      id,
      number: e.number === null ? null : Number(e.number),
      dateFiled: e.dateFiled,
      dateEntered: e.dateEntered,
      text: e.text,
      eventName: e.eventName,
      ...(e.terminatedOn ? { terminatedOn: e.terminatedOn } : {}),
      ...(isSealedEntry(e.text, e.eventName) ? { sealed: true } : {}),
      source: {
        format: ENTRY_FORMAT[raw.format],
        ...(related ? { docketNumber: related } : {}),
        ...(e.pacerDocId ? { pacerDocId: e.pacerDocId } : {}),
        ...(e.pacerSeqNo ? { pacerSeqNo: e.pacerSeqNo } : {}),
      },
    };
  });
}

type DocketEntryInput = ReturnType<typeof docketEntriesOf>[number];

/** The events the classifier reads from the entries (none with `classify: false`). */
function eventsOf(
  raw: RawDocket,
  docketEntries: readonly DocketEntryInput[],
  roster: Roster,
  court: string,
  options: BuildOptions,
) {
  const entryInputs: EntryInput[] = docketEntries.map((e, position) => ({
    id: e.id,
    number: e.number,
    position,
    dateFiled: e.dateFiled,
    text: e.text,
    eventName: e.eventName,
    terminatedOn: e.terminatedOn ?? null,
  }));
  const governmentAttorneys = raw.parties
    .filter((p) => p.type === 'Plaintiff' || /^USA$|United States/i.test(p.name))
    .flatMap((p) => p.attorneys.map((a) => a.name));
  return options.classify === false
    ? { events: [], warnings: [] }
    : classifyEntries(entryInputs, roster, {
        court,
        governmentAttorneys,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
}

type ClassifiedEvents = ReturnType<typeof eventsOf>['events'];

/** The defendants, and their counts (from the party list) linked to the charging event that brings them. */
function defendantsOf(
  members: readonly RosterMember[],
  partyDefendants: readonly RawParty[],
  events: ClassifiedEvents,
): { defendants: CaseFileInput['defendants']; counts: NonNullable<CaseFileInput['counts']> } {
  const counts: NonNullable<CaseFileInput['counts']> = [];
  const defendants: CaseFileInput['defendants'] = members.map((m) => {
    const party: RawParty | undefined = partyDefendants.find(
      (p) => p.name === m.name || (p.ordinal ?? 1) === m.number,
    );
    const criminal = party?.criminal;
    if (criminal) counts.push(...countsOf(m.number, criminal.counts, events));
    const last = [...events]
      .reverse()
      .find(
        (e) => e.defendants.includes(m.number) && (e.kind === 'detentionOrder' || e.kind === 'releaseOrder'),
      );
    return {
      number: m.number,
      name: m.name,
      aliases: m.aliases,
      custody: last ? (last.kind === 'detentionOrder' ? 'inCustody' : 'released') : 'unknown',
      ...(party?.dateTerminated ? { terminatedOn: party.dateTerminated } : {}),
      counsel: party ? counselOf(party.attorneys) : [],
      knownFrom: m.knownFrom,
      ...(party ? { extraInfo: party.extraInfo } : {}),
      ...(criminal
        ? {
            complaintCharges: criminal.complaints.map((c) => ({
              text: c.name,
              statutes: complaintStatutes(c.name),
              disposition: c.disposition || null,
            })),
            offenseLevel: {
              opening: criminal.offenseLevelOpening || null,
              terminated: criminal.offenseLevelTerminated || null,
            },
          }
        : {}),
    };
  });
  return { defendants, counts };
}

/** One defendant's counts as the party list gives them, each linked to the instrument that charges it. */
function countsOf(
  defendant: number,
  lines: NonNullable<RawParty['criminal']>['counts'],
  events: ClassifiedEvents,
): NonNullable<CaseFileInput['counts']> {
  return lines.map((c, i) => {
    const parsed = parseCountLine(c.name);
    const instrumentKind =
      parsed.supersedingLevel > 0 ? ['supersedingIndictment'] : ['indictment', 'information'];
    const instrument = events.find(
      (e) => instrumentKind.includes(e.kind) && e.defendants.includes(defendant),
    );
    return {
      id: `d${defendant}-c${i + 1}`,
      defendant,
      number: parsed.number || String(i + 1),
      statute: parsed.statute,
      text: parsed.label,
      status: c.status,
      outcome: outcomeOf(c.disposition, c.status),
      disposition: c.disposition || null,
      instrument: instrument?.id ?? null,
      raw: c.name,
      ...(parsed.countNumbers.length > 0 ? { countNumbers: parsed.countNumbers } : {}),
      supersedingLevel: parsed.supersedingLevel,
      ...(parsed.aoOffenseCode ? { aoOffenseCode: parsed.aoOffenseCode } : {}),
    };
  });
}

/** A complaint event without statutes in its text takes them from the docket's "Complaints" section. */
function addComplaintCharges(events: ClassifiedEvents, defendants: CaseFileInput['defendants']): void {
  for (const e of events) {
    if (e.kind !== 'complaint' || (e.charges && e.charges.length > 0)) continue;
    const charges = defendants
      .filter((d) => e.defendants.includes(d.number))
      .flatMap((d) => (d.complaintCharges ?? []).flatMap((c) => (c.statutes ?? []).map((s) => s.citation)));
    if (charges.length > 0) e.charges = charges;
  }
}

/** The magistrate, appeal and other-court cases the docket names, each once. */
function relatedCasesOf(raw: RawDocket, docketEntries: readonly DocketEntryInput[]) {
  const relatedCases: NonNullable<CaseFileInput['case']['relatedCases']> = [];
  const addRelated = (docketNumber: string, relation: 'magistrate' | 'appeal' | 'otherCourt') => {
    if (docketNumber && !relatedCases.some((r) => r.docketNumber === docketNumber))
      relatedCases.push({ docketNumber, relation });
  };
  for (const n of raw.magistrateCaseNumbers) addRelated(n, 'magistrate');
  for (const e of docketEntries) if (e.source.docketNumber) addRelated(e.source.docketNumber, 'magistrate');
  for (const n of raw.appealsCaseNumbers) addRelated(n, 'appeal');
  for (const n of raw.otherCaseNumbers) addRelated(n, 'otherCourt');
  return relatedCases;
}

/** The case: court, docket number and its parts, caption, judges, dates and related cases. */
function caseOf(
  raw: RawDocket,
  parts: DocketNumber,
  court: string,
  district: District,
  members: readonly RosterMember[],
  docketEntries: readonly DocketEntryInput[],
): CaseFileInput['case'] {
  return {
    court,
    district: district.abbreviation,
    docketNumber: parts.core,
    docketNumberFull: raw.docketNumberFull,
    caption: normalizeCaption(raw.caseTitle) || `United States v. ${members[0]!.name}`,
    ...(raw.caseTitle ? { captionAsPrinted: raw.caseTitle } : {}),
    numberParts: {
      office: parts.office,
      year: parts.year,
      type: parts.type,
      serial: parts.serial,
      judgeInitialsAssigned: parts.judgeInitialsAssigned,
      judgeInitialsReferred: parts.judgeInitialsReferred,
      defendantNumber: parts.defendantNumber,
    },
    judge: { assigned: judgeName(raw.assignedTo), referred: judgeName(raw.referredTo) },
    dateFiled: raw.dateFiled ?? docketEntries[0]?.dateFiled ?? raw.dateLastFiling ?? '1970-01-01',
    dateTerminated: raw.dateTerminated,
    ...(raw.dateLastFiling ? { dateLastFiling: raw.dateLastFiling } : {}),
    relatedCases: relatedCasesOf(raw, docketEntries),
    fictional: false,
  };
}

function metaOf(raw: RawDocket, options: BuildOptions, warnings: string[]): CaseFileInput['meta'] {
  return {
    ...(options.importedFrom ? { importedFrom: options.importedFrom } : {}),
    ...(options.importedAt ? { importedAt: options.importedAt } : {}),
    generator: `pretrial import (${raw.format})`,
    warnings,
    ...(raw.filter
      ? {
          filter: {
            description: raw.filter.description,
            ...(raw.filter.fromDocument !== undefined ? { fromDocument: raw.filter.fromDocument } : {}),
            ...(raw.filter.toDocument !== undefined ? { toDocument: raw.filter.toDocument } : {}),
          },
        }
      : {}),
  };
}

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A defendant indicted under seal keeps his placeholder ("Sld Dft 1:03cr76-5") when no entry names him with his
 * number. CM/ECF writes an entry's "as to" list in the order of the defendants' numbers ("as to Robert Warren, Viki
 * Warren, R & V Warren Farms, Inc., George T. Kiser, Demetrio Jaimes, Harold Dean Cole, Thomas Jeffrey Marsh"): a
 * list naming every defendant of the case, whose known names all stand at their numbers, names the placeholders at
 * theirs. The importer says so in a warning.
 */
function nameSealedFromLists(
  members: RosterMember[],
  entries: readonly { text: string; number: string | number | null }[],
  placeholder: RegExp,
  warnings: string[],
): void {
  const sealed = () => members.filter((m) => placeholder.test(m.name));
  if (sealed().length === 0) return;
  const count = Math.max(...members.map((m) => m.number));
  if (count !== members.length) return;
  for (const e of entries) {
    const m =
      /\bas to ((?:[A-Z][^,;:()]{1,60}?, )+[A-Z][^,;:()]{1,60}?)(?= \(|\.|;|:| re\b| for\b| to\b| addressed\b|$)/.exec(
        e.text,
      );
    if (!m) continue;
    // "R & V Warren Farms, Inc.", "John Doe, Jr.": a suffix after a comma belongs to the name before it, with its
    // period when the list ends there.
    const ends = e.text[m.index + m[0].length] === '.' && /\b(?:Inc|Ltd|Corp|Co|Jr|Sr)$/.test(m[1]!);
    const names = `${m[1]!}${ends ? '.' : ''}`
      .split(', ')
      .reduce<string[]>((out, part) => {
        if (out.length > 0 && /^(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|Jr|Sr|II|III|IV)\.?$/.test(part.trim()))
          out[out.length - 1] = `${out[out.length - 1]}, ${part}`;
        else out.push(part.trim());
        return out;
      }, [])
      .map((n) => n.replace(/\s+\(\d+\)$/, ''));
    if (names.length !== count) continue;
    const fits = members.every(
      (x) =>
        placeholder.test(x.name) ||
        normalize(names[x.number - 1]!) === normalize(x.name) ||
        x.aliases.some((a) => normalize(a) === normalize(names[x.number - 1]!)),
    );
    if (!fits) continue;
    for (const x of sealed()) {
      const name = names[x.number - 1]!;
      if (placeholder.test(name) || members.some((y) => normalize(y.name) === normalize(name))) continue;
      x.aliases.push(x.name);
      x.name = name;
      warnings.push(
        `"${x.aliases[x.aliases.length - 1]}" is named "${name}" (defendant ${x.number}) from the order of the defendants in entry ${e.number ?? 'without a number'}, which lists all ${count}`,
      );
    }
    if (sealed().length === 0) return;
  }
}

function outcomeOf(disposition: string, status: 'pending' | 'terminated') {
  const d = disposition.toLowerCase();
  if (!d) return 'open' as const;
  if (/dismiss/.test(d)) return 'dismissed' as const;
  if (/supersed/.test(d)) return 'superseded' as const;
  if (/acquit|not guilty/.test(d)) return 'acquitted' as const;
  if (/imprisonment|probation|custody|sentenced|committed|months|time served|years|assessment/.test(d))
    return 'convicted' as const;
  return status === 'terminated' ? ('other' as const) : ('open' as const);
}
