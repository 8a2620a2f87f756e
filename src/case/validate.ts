/**
 * Validation of a case file: the shape (zod) and the references between its parts (every event names
 * defendants that exist, every provenance names a docket entry that exists, a decided motion points at a
 * filed motion, …). Both run on every input, so one pass lists every problem, each with its JSON path.
 */
import { findDistrict } from './districts.ts';
import { type CaseFile, CaseFileShape } from './record.ts';

export interface ValidationIssue {
  /** JSON path of the problem, e.g. `$.events[3].defendants[0]`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; caseFile: CaseFile } | { ok: false; issues: ValidationIssue[] };

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const CHARGING = new Set(['complaint', 'indictment', 'supersedingIndictment', 'information']);

/** What the references of a case file can point at, collected once from the raw input. */
interface Known {
  defendants: ReadonlySet<number>;
  entries: ReadonlyMap<string, Obj>;
  events: ReadonlyMap<string, Obj>;
  countIds: ReadonlySet<string>;
  conditionIds: ReadonlySet<string>;
}

type Path = PropertyKey[];

const issue = (path: Path, message: string): ValidationIssue => ({ path: jsonPath(path), message });

/** Reference checks over the raw input (tolerant of shape errors, which the schema reports). */
export function checkReferences(input: unknown): ValidationIssue[] {
  if (!isObj(input)) return [];
  const defendants = indexDefendants(input.defendants);
  const entries = indexById(input.docketEntries, 'docketEntries', 'docket entry');
  const events = indexById(input.events, 'events', 'event');
  const partial = { defendants: defendants.numbers, events: events.byId };
  const counts = checkCounts(input.counts, partial);
  const known: Known = {
    ...partial,
    entries: entries.byId,
    countIds: counts.ids,
    conditionIds: conditionIdsOf(events.byId),
  };
  return [
    ...courtIssues(input.case),
    ...defendants.issues,
    ...entries.issues,
    ...events.issues,
    ...counts.issues,
    ...arr(input.events).flatMap((raw, i) => (isObj(raw) ? eventIssues(raw, i, known) : [])),
    ...attemptIssues(input.counts),
    ...pleaOfferIssues(input, known),
  ];
}

/** The court id names a district, and the district given with it is that one. */
function courtIssues(kase: unknown): ValidationIssue[] {
  if (!isObj(kase) || typeof kase.court !== 'string' || !/^[a-z]{2,5}$/.test(kase.court)) return [];
  const found = findDistrict(kase.court);
  if (!found.ok) return [issue(['case', 'court'], found.error)];
  if (typeof kase.district === 'string' && kase.district !== found.district.abbreviation) {
    return [
      issue(
        ['case', 'district'],
        `"${kase.district}" does not match court ${kase.court}, which is ${found.district.abbreviation}`,
      ),
    ];
  }
  return [];
}

function indexDefendants(list: unknown): { numbers: Set<number>; issues: ValidationIssue[] } {
  const numbers = new Set<number>();
  const issues: ValidationIssue[] = [];
  arr(list).forEach((d, i) => {
    if (!isObj(d) || typeof d.number !== 'number') return;
    if (numbers.has(d.number))
      issues.push(issue(['defendants', i, 'number'], `defendant number ${d.number} appears twice`));
    numbers.add(d.number);
  });
  return { numbers, issues };
}

/** The objects of a list by their `id`, and an issue for each id that appears twice. */
function indexById(
  list: unknown,
  key: string,
  what: string,
): { byId: Map<string, Obj>; issues: ValidationIssue[] } {
  const byId = new Map<string, Obj>();
  const issues: ValidationIssue[] = [];
  arr(list).forEach((e, i) => {
    if (!isObj(e)) return;
    const id = str(e.id);
    if (id === undefined) return;
    if (byId.has(id)) issues.push(issue([key, i, 'id'], `${what} id "${id}" appears twice`));
    byId.set(id, e);
  });
  return { byId, issues };
}

function defendantIssues(known: Pick<Known, 'defendants'>, path: Path, n: unknown): ValidationIssue[] {
  if (typeof n !== 'number' || known.defendants.has(n)) return [];
  const all = [...known.defendants].sort((a, b) => a - b).join(', ') || 'none';
  return [issue(path, `defendant ${n} is not in defendants (known: ${all})`)];
}

/** Each count: its id once, its defendant known, its instrument a charging event. */
function checkCounts(
  list: unknown,
  known: Pick<Known, 'defendants' | 'events'>,
): { ids: Set<string>; issues: ValidationIssue[] } {
  const ids = new Set<string>();
  const issues: ValidationIssue[] = [];
  arr(list).forEach((c, i) => {
    if (!isObj(c)) return;
    const id = str(c.id);
    if (id !== undefined) {
      if (ids.has(id)) issues.push(issue(['counts', i, 'id'], `count id "${id}" appears twice`));
      ids.add(id);
    }
    issues.push(...defendantIssues(known, ['counts', i, 'defendant'], c.defendant));
    const instrument = str(c.instrument);
    if (instrument === undefined) return;
    const target = known.events.get(instrument);
    if (!target) issues.push(issue(['counts', i, 'instrument'], `no event with id "${instrument}"`));
    else if (!CHARGING.has(String(target.kind))) {
      issues.push(
        issue(
          ['counts', i, 'instrument'],
          `event "${instrument}" is of kind ${String(target.kind)}, not a charging instrument (complaint, indictment, supersedingIndictment, information)`,
        ),
      );
    }
  });
  return { ids, issues };
}

/** The ids of the release conditions any release order or modification sets. */
function conditionIdsOf(events: ReadonlyMap<string, Obj>): Set<string> {
  const ids = new Set<string>();
  for (const e of events.values()) {
    const list =
      e.kind === 'releaseOrder' ? e.conditions : e.kind === 'conditionModification' ? e.added : undefined;
    for (const c of arr(list)) if (isObj(c) && typeof c.id === 'string') ids.add(c.id);
  }
  return ids;
}

/** An event id that must exist, and be of one of `kinds` (null: any kind). */
function refIssues(
  known: Pick<Known, 'events'>,
  path: Path,
  id: unknown,
  kinds: ReadonlySet<string> | null,
  what: string,
): ValidationIssue[] {
  if (typeof id !== 'string') return [];
  const target = known.events.get(id);
  if (!target) return [issue(path, `no event with id "${id}"`)];
  if (kinds && !kinds.has(String(target.kind)))
    return [issue(path, `event "${id}" is of kind ${String(target.kind)}, expected ${what}`)];
  return [];
}

/** A date that must not be before another. */
function beforeIssues(path: Path, from: unknown, to: unknown, what: string): ValidationIssue[] {
  return typeof from === 'string' && typeof to === 'string' && to < from
    ? [issue(path, `${what} ${to} is before ${from}`)]
    : [];
}

function districtIssues(path: Path, code: unknown): ValidationIssue[] {
  if (typeof code !== 'string' || !/^[a-z]{2,5}$/.test(code)) return [];
  const found = findDistrict(code);
  return found.ok ? [] : [issue(path, found.error)];
}

/** Release conditions: the districts they name exist, and each ends after it starts. */
function conditionIssues(base: Path, list: unknown): ValidationIssue[] {
  return arr(list).flatMap((c, j) => {
    if (!isObj(c)) return [];
    const out: ValidationIssue[] = [];
    if (c.kind === 'travel') {
      arr(c.permittedDistricts).forEach((d, k) => {
        out.push(...districtIssues([...base, j, 'permittedDistricts', k], d));
      });
    }
    for (const key of ['residence', 'facility']) {
      const place = c[key];
      if (isObj(place)) out.push(...districtIssues([...base, j, key, 'district'], place.district));
    }
    out.push(...beforeIssues([...base, j, 'effectiveTo'], c.effectiveFrom, c.effectiveTo, 'effectiveTo'));
    return out;
  });
}

/** One event's references: its defendants, its docket entry and span, and what its kind points at. */
function eventIssues(raw: Obj, i: number, known: Known): ValidationIssue[] {
  const at = (...p: PropertyKey[]): Path => ['events', i, ...p];
  const out: ValidationIssue[] = arr(raw.defendants).flatMap((n, j) =>
    defendantIssues(known, at('defendants', j), n),
  );
  const prov = raw.provenance;
  if (isObj(prov) && prov.source === 'docket' && typeof prov.entry === 'string') {
    const entry = known.entries.get(prov.entry);
    if (!entry) out.push(issue(at('provenance', 'entry'), `no docket entry with id "${prov.entry}"`));
    else if (
      isObj(prov.span) &&
      typeof prov.span.end === 'number' &&
      typeof entry.text === 'string' &&
      prov.span.end > entry.text.length
    ) {
      out.push(
        issue(
          at('provenance', 'span', 'end'),
          `span ends at ${prov.span.end} but entry "${prov.entry}" has ${entry.text.length} characters`,
        ),
      );
    }
  }
  const kind = String(raw.kind);
  if (Object.hasOwn(EVENT_CHECKS, kind)) out.push(...(EVENT_CHECKS[kind] as EventCheck)(raw, at, known));
  return out;
}

type EventCheck = (raw: Obj, at: (...p: PropertyKey[]) => Path, known: Known) => ValidationIssue[];

const charging =
  (key: string): EventCheck =>
  (raw, at, known) =>
    refIssues(known, at(key), raw[key], CHARGING, 'a charging instrument');

const kindOf = (kind: string) => new Set([kind]);

const chargeCounts: EventCheck = (raw, at, known) => [
  ...arr(raw.counts).flatMap((c, j) =>
    typeof c === 'string' && !known.countIds.has(c)
      ? [issue(at('counts', j), `no count with id "${c}"`)]
      : [],
  ),
  ...(raw.kind === 'supersedingIndictment' ? charging('supersedes')(raw, at, known) : []),
];

const dated =
  (from: string, to: string): EventCheck =>
  (raw, at) =>
    beforeIssues(at(to), raw[from], raw[to], to);

/** What each kind of event points at, beyond its defendants and docket entry. */
const EVENT_CHECKS: Readonly<Record<string, EventCheck>> = {
  indictment: chargeCounts,
  supersedingIndictment: chargeCounts,
  information: chargeCounts,
  unsealing: charging('instrument'),
  arraignment: charging('instrument'),
  plea: charging('instrument'),
  dismissal: charging('instrument'),
  initialAppearance: (raw, at) => districtIssues(at('district'), raw.district),
  arrest: (raw, at) => districtIssues(at('district'), raw.district),
  pleaWithdrawn: (raw, at, known) => refIssues(known, at('plea'), raw.plea, kindOf('plea'), 'a plea'),
  releaseOrder: (raw, at, known) => [
    ...refIssues(known, at('amends'), raw.amends, kindOf('releaseOrder'), 'a releaseOrder'),
    ...conditionIssues(at('conditions'), raw.conditions),
  ],
  conditionModification: (raw, at, known) => [
    ...refIssues(known, at('order'), raw.order, kindOf('releaseOrder'), 'a releaseOrder'),
    ...conditionIssues(at('added'), raw.added),
    ...arr(raw.removed).flatMap((c, j) =>
      typeof c === 'string' && !known.conditionIds.has(c)
        ? [issue(at('removed', j), `no condition with id "${c}" in any release order`)]
        : [],
    ),
  ],
  motionFiled: (raw, at, known) => defendantIssues(known, at('movantDefendant'), raw.movantDefendant),
  motionDecided: (raw, at, known) =>
    refIssues(
      known,
      at('motion'),
      raw.motion,
      new Set(['motionFiled', 'motionPending']),
      'a motionFiled or motionPending',
    ),
  hearingHeld: (raw, at, known) => [
    ...arr(raw.motions).flatMap((m, j) =>
      refIssues(known, at('motions', j), m, kindOf('motionFiled'), 'a motionFiled'),
    ),
    ...beforeIssues(at('lastDay'), raw.date, raw.lastDay, 'lastDay'),
    ...beforeIssues(at('submissionsDue'), raw.date, raw.submissionsDue, 'submissionsDue'),
  ],
  underAdvisement: (raw, at, known) =>
    arr(raw.matters).flatMap((m, j) => refIssues(known, at('matters', j), m, null, '')),
  continuance: dated('excludeFrom', 'excludeTo'),
  timeExclusion: (raw, at, known) => [
    ...beforeIssues(at('to'), raw.from, raw.to, 'to'),
    ...refIssues(known, at('closedBy'), raw.closedBy, null, ''),
  ],
  transportation: dated('date', 'arrival'),
  transfer: (raw, at) => [
    ...districtIssues(at('fromDistrict'), raw.fromDistrict),
    ...districtIssues(at('toDistrict'), raw.toDistrict),
  ],
  pleaAgreementDecided: (raw, at, known) =>
    refIssues(
      known,
      at('agreement'),
      raw.agreement,
      kindOf('pleaAgreementSubmitted'),
      'a pleaAgreementSubmitted',
    ),
  severance: (raw, at, known) => arr(raw.from).flatMap((n, j) => defendantIssues(known, at('from', j), n)),
  proceeding: dated('from', 'to'),
  excludableFinding: dated('from', 'to'),
  motionPending: dated('filedOn', 'date'),
  clockStartFound: dated('start', 'date'),
  docketError: (raw, at, known) =>
    typeof raw.target === 'string' && !known.entries.has(raw.target)
      ? [issue(at('target'), `no docket entry with id "${raw.target}"`)]
      : [],
};

/** Count attributes: an attempt names the count charging its sole objective, for the same defendant. */
function attemptIssues(counts: unknown): ValidationIssue[] {
  return arr(counts).flatMap((c, i) => {
    if (!isObj(c) || !isObj(c.attributes)) return [];
    const target = str(c.attributes.attemptOfCount);
    if (target === undefined) return [];
    const path = ['counts', i, 'attributes', 'attemptOfCount'];
    const other = arr(counts).find((o) => isObj(o) && o.id === target);
    if (!isObj(other)) return [issue(path, `no count with id "${target}"`)];
    if (other.defendant !== c.defendant)
      return [issue(path, `count "${target}" is charged against another defendant`)];
    return [];
  });
}

/** Plea offers: the defendant, the counts pleaded to or dismissed, the offer superseded, the orders linked. */
function pleaOfferIssues(input: Obj, known: Known): ValidationIssue[] {
  const offerIds = new Set<string>();
  const out: ValidationIssue[] = [];
  arr(input.pleaOffers).forEach((o, i) => {
    if (!isObj(o)) return;
    const at = (...p: PropertyKey[]): Path => ['pleaOffers', i, ...p];
    const id = str(o.id);
    if (id !== undefined) {
      if (offerIds.has(id)) out.push(issue(at('id'), `plea offer id "${id}" appears twice`));
      offerIds.add(id);
    }
    out.push(
      ...defendantIssues(known, at('defendant'), o.defendant),
      ...offerTermIssues(input, o, at, known),
    );
  });
  arr(input.pleaOffers).forEach((o, i) => {
    if (!isObj(o) || typeof o.supersedes !== 'string') return;
    if (!offerIds.has(o.supersedes))
      out.push(issue(['pleaOffers', i, 'supersedes'], `no plea offer with id "${o.supersedes}"`));
    else if (o.supersedes === o.id)
      out.push(issue(['pleaOffers', i, 'supersedes'], 'an offer cannot supersede itself'));
  });
  return out;
}

/** One offer's terms: counts of its defendant, the orders it links, its dates in order. */
function offerTermIssues(
  input: Obj,
  o: Obj,
  at: (...p: PropertyKey[]) => Path,
  known: Known,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const numbers = new Set(
    arr(input.counts)
      .filter((c) => isObj(c) && c.defendant === o.defendant)
      .map((c) => (isObj(c) ? str(c.number) : undefined)),
  );
  const notHis = (n: string) =>
    `count "${n}" is not a count of defendant ${String(o.defendant)} (counts: ${[...numbers].join(', ') || 'none'})`;
  arr(o.pleadTo).forEach((p, j) => {
    if (isObj(p) && typeof p.count === 'string' && !numbers.has(p.count))
      out.push(issue(at('pleadTo', j, 'count'), notHis(p.count)));
  });
  arr(o.dismiss).forEach((n, j) => {
    if (typeof n === 'string' && !numbers.has(n)) out.push(issue(at('dismiss', j), notHis(n)));
  });
  const st = isObj(o.speedyTrial) ? o.speedyTrial : {};
  out.push(
    ...refIssues(
      known,
      at('speedyTrial', 'exclusion'),
      st.exclusion,
      new Set(['timeExclusion', 'continuance']),
      'a timeExclusion or continuance',
    ),
    ...refIssues(
      known,
      at('speedyTrial', 'submittedToCourt'),
      st.submittedToCourt,
      kindOf('pleaAgreementSubmitted'),
      'a pleaAgreementSubmitted',
    ),
  );
  if (isObj(o.expires))
    out.push(...beforeIssues(at('expires', 'date'), o.madeOn, o.expires.date, 'the deadline'));
  out.push(...beforeIssues(at('statusOn'), o.madeOn, o.statusOn, 'statusOn'));
  arr(o.communication).forEach((c, j) => {
    if (isObj(c)) out.push(...beforeIssues(at('communication', j, 'on'), o.madeOn, c.on, 'conveyed on'));
  });
  return out;
}

/** Validate an already-parsed JSON value as a case file; every problem is listed with its JSON path. */
export function validateCaseFile(input: unknown): ValidationResult {
  const parsed = CaseFileShape.safeParse(input);
  const issues: ValidationIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: describeIssue(issue) }));
  issues.push(...checkReferences(input));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: dedupe(issues) };
  return { ok: true, caseFile: parsed.data };
}

/** Parse JSON text and validate it; a JSON syntax error is reported with its position. */
export function parseCaseFile(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateCaseFile(json);
}

export interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  keys?: string[];
  options?: unknown[];
  discriminator?: string;
}

/** A zod issue in plain words (shared by every edge that validates with zod). */
export function describeIssue(issue: ZodIssueLike): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && issue.discriminator && issue.options) {
    return `unknown ${issue.discriminator}: expected one of ${issue.options.map((o) => String(o)).join(', ')}`;
  }
  if (issue.message.startsWith('Invalid input: expected') && issue.message.endsWith('received undefined')) {
    return `required field missing (${issue.message.replace('Invalid input: ', '').replace(', received undefined', '')})`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
