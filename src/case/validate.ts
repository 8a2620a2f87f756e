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

/** Reference checks over the raw input (tolerant of shape errors, which the schema reports). */
export function checkReferences(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path: jsonPath(path), message });
  if (!isObj(input)) return issues;

  const kase = input.case;
  if (isObj(kase) && typeof kase.court === 'string' && /^[a-z]{2,5}$/.test(kase.court)) {
    const found = findDistrict(kase.court);
    if (!found.ok) add(['case', 'court'], found.error);
    else if (typeof kase.district === 'string' && kase.district !== found.district.abbreviation) {
      add(
        ['case', 'district'],
        `"${kase.district}" does not match court ${kase.court}, which is ${found.district.abbreviation}`,
      );
    }
  }

  const defendantNumbers = new Set<number>();
  arr(input.defendants).forEach((d, i) => {
    if (!isObj(d) || typeof d.number !== 'number') return;
    if (defendantNumbers.has(d.number))
      add(['defendants', i, 'number'], `defendant number ${d.number} appears twice`);
    defendantNumbers.add(d.number);
  });
  const known = () => [...defendantNumbers].sort((a, b) => a - b).join(', ') || 'none';
  const checkDefendant = (path: PropertyKey[], n: unknown) => {
    if (typeof n === 'number' && !defendantNumbers.has(n))
      add(path, `defendant ${n} is not in defendants (known: ${known()})`);
  };

  const entries = new Map<string, Obj>();
  arr(input.docketEntries).forEach((e, i) => {
    if (!isObj(e)) return;
    const id = str(e.id);
    if (id === undefined) return;
    if (entries.has(id)) add(['docketEntries', i, 'id'], `docket entry id "${id}" appears twice`);
    entries.set(id, e);
  });

  const events = new Map<string, Obj>();
  arr(input.events).forEach((e, i) => {
    if (!isObj(e)) return;
    const id = str(e.id);
    if (id === undefined) return;
    if (events.has(id)) add(['events', i, 'id'], `event id "${id}" appears twice`);
    events.set(id, e);
  });

  const countIds = new Set<string>();
  arr(input.counts).forEach((c, i) => {
    if (!isObj(c)) return;
    const id = str(c.id);
    if (id !== undefined) {
      if (countIds.has(id)) add(['counts', i, 'id'], `count id "${id}" appears twice`);
      countIds.add(id);
    }
    checkDefendant(['counts', i, 'defendant'], c.defendant);
    const instrument = str(c.instrument);
    if (instrument !== undefined) {
      const target = events.get(instrument);
      if (!target) add(['counts', i, 'instrument'], `no event with id "${instrument}"`);
      else if (!CHARGING.has(String(target.kind))) {
        add(
          ['counts', i, 'instrument'],
          `event "${instrument}" is of kind ${String(target.kind)}, not a charging instrument (complaint, indictment, supersedingIndictment, information)`,
        );
      }
    }
  });

  const conditionIds = new Set<string>();
  for (const e of events.values()) {
    const list =
      e.kind === 'releaseOrder' ? e.conditions : e.kind === 'conditionModification' ? e.added : undefined;
    for (const c of arr(list)) if (isObj(c) && typeof c.id === 'string') conditionIds.add(c.id);
  }

  const ref = (path: PropertyKey[], id: unknown, kinds: ReadonlySet<string> | null, what: string) => {
    if (typeof id !== 'string') return;
    const target = events.get(id);
    if (!target) add(path, `no event with id "${id}"`);
    else if (kinds && !kinds.has(String(target.kind)))
      add(path, `event "${id}" is of kind ${String(target.kind)}, expected ${what}`);
  };
  const before = (path: PropertyKey[], from: unknown, to: unknown, what: string) => {
    if (typeof from === 'string' && typeof to === 'string' && to < from)
      add(path, `${what} ${to} is before ${from}`);
  };
  const checkDistrictId = (path: PropertyKey[], code: unknown) => {
    if (typeof code !== 'string' || !/^[a-z]{2,5}$/.test(code)) return;
    const found = findDistrict(code);
    if (!found.ok) add(path, found.error);
  };
  const checkConditions = (base: PropertyKey[], list: unknown) => {
    arr(list).forEach((c, j) => {
      if (!isObj(c)) return;
      if (c.kind === 'travel') {
        arr(c.permittedDistricts).forEach((d, k) => {
          checkDistrictId([...base, j, 'permittedDistricts', k], d);
        });
      }
      for (const key of ['residence', 'facility']) {
        const place = c[key];
        if (isObj(place)) checkDistrictId([...base, j, key, 'district'], place.district);
      }
      before([...base, j, 'effectiveTo'], c.effectiveFrom, c.effectiveTo, 'effectiveTo');
    });
  };

  arr(input.events).forEach((raw, i) => {
    if (!isObj(raw)) return;
    const at = (...p: PropertyKey[]) => ['events', i, ...p];
    arr(raw.defendants).forEach((n, j) => {
      checkDefendant(at('defendants', j), n);
    });

    const prov = raw.provenance;
    if (isObj(prov) && prov.source === 'docket' && typeof prov.entry === 'string') {
      const entry = entries.get(prov.entry);
      if (!entry) add(at('provenance', 'entry'), `no docket entry with id "${prov.entry}"`);
      else if (
        isObj(prov.span) &&
        typeof prov.span.end === 'number' &&
        typeof entry.text === 'string' &&
        prov.span.end > entry.text.length
      ) {
        add(
          at('provenance', 'span', 'end'),
          `span ends at ${prov.span.end} but entry "${prov.entry}" has ${entry.text.length} characters`,
        );
      }
    }

    const charging = (key: string) => ref(at(key), raw[key], CHARGING, 'a charging instrument');
    switch (raw.kind) {
      case 'indictment':
      case 'supersedingIndictment':
      case 'information':
        arr(raw.counts).forEach((c, j) => {
          if (typeof c === 'string' && !countIds.has(c)) add(at('counts', j), `no count with id "${c}"`);
        });
        if (raw.kind === 'supersedingIndictment') charging('supersedes');
        break;
      case 'unsealing':
        charging('instrument');
        break;
      case 'arraignment':
      case 'plea':
        charging('instrument');
        break;
      case 'initialAppearance':
      case 'arrest':
        checkDistrictId(at('district'), raw.district);
        break;
      case 'pleaWithdrawn':
        ref(at('plea'), raw.plea, new Set(['plea']), 'a plea');
        break;
      case 'releaseOrder':
        ref(at('amends'), raw.amends, new Set(['releaseOrder']), 'a releaseOrder');
        checkConditions(at('conditions'), raw.conditions);
        break;
      case 'conditionModification':
        ref(at('order'), raw.order, new Set(['releaseOrder']), 'a releaseOrder');
        checkConditions(at('added'), raw.added);
        arr(raw.removed).forEach((c, j) => {
          if (typeof c === 'string' && !conditionIds.has(c))
            add(at('removed', j), `no condition with id "${c}" in any release order`);
        });
        break;
      case 'motionFiled':
        checkDefendant(at('movantDefendant'), raw.movantDefendant);
        break;
      case 'motionDecided':
        ref(
          at('motion'),
          raw.motion,
          new Set(['motionFiled', 'motionPending']),
          'a motionFiled or motionPending',
        );
        break;
      case 'hearingHeld':
        arr(raw.motions).forEach((m, j) => {
          ref(at('motions', j), m, new Set(['motionFiled']), 'a motionFiled');
        });
        before(at('lastDay'), raw.date, raw.lastDay, 'lastDay');
        before(at('submissionsDue'), raw.date, raw.submissionsDue, 'submissionsDue');
        break;
      case 'underAdvisement':
        arr(raw.matters).forEach((m, j) => {
          ref(at('matters', j), m, null, '');
        });
        break;
      case 'continuance':
        before(at('excludeTo'), raw.excludeFrom, raw.excludeTo, 'excludeTo');
        break;
      case 'timeExclusion':
        before(at('to'), raw.from, raw.to, 'to');
        ref(at('closedBy'), raw.closedBy, null, '');
        break;
      case 'transportation':
        before(at('arrival'), raw.date, raw.arrival, 'arrival');
        break;
      case 'transfer':
        checkDistrictId(at('fromDistrict'), raw.fromDistrict);
        checkDistrictId(at('toDistrict'), raw.toDistrict);
        break;
      case 'pleaAgreementDecided':
        ref(at('agreement'), raw.agreement, new Set(['pleaAgreementSubmitted']), 'a pleaAgreementSubmitted');
        break;
      case 'severance':
        arr(raw.from).forEach((n, j) => {
          checkDefendant(at('from', j), n);
        });
        break;
      case 'dismissal':
        charging('instrument');
        break;
      case 'proceeding':
        before(at('to'), raw.from, raw.to, 'to');
        break;
      case 'excludableFinding':
        before(at('to'), raw.from, raw.to, 'to');
        break;
      case 'motionPending':
        before(at('date'), raw.filedOn, raw.date, 'date');
        break;
      case 'clockStartFound':
        before(at('date'), raw.start, raw.date, 'date');
        break;
      case 'docketError':
        if (typeof raw.target === 'string' && !entries.has(raw.target))
          add(at('target'), `no docket entry with id "${raw.target}"`);
        break;
    }
  });
  // Count attributes: an attempt names the count charging its sole objective, for the same defendant.
  arr(input.counts).forEach((c, i) => {
    if (!isObj(c) || !isObj(c.attributes)) return;
    const target = str(c.attributes.attemptOfCount);
    if (target === undefined) return;
    const other = arr(input.counts).find((o) => isObj(o) && o.id === target);
    if (!isObj(other)) add(['counts', i, 'attributes', 'attemptOfCount'], `no count with id "${target}"`);
    else if (other.defendant !== c.defendant)
      add(
        ['counts', i, 'attributes', 'attemptOfCount'],
        `count "${target}" is charged against another defendant`,
      );
  });

  // Plea offers: the defendant, the counts pleaded to or dismissed, the offer superseded, the orders linked.
  const offerIds = new Set<string>();
  arr(input.pleaOffers).forEach((o, i) => {
    if (!isObj(o)) return;
    const at = (...p: PropertyKey[]) => ['pleaOffers', i, ...p];
    const id = str(o.id);
    if (id !== undefined) {
      if (offerIds.has(id)) add(at('id'), `plea offer id "${id}" appears twice`);
      offerIds.add(id);
    }
    checkDefendant(at('defendant'), o.defendant);
    const numbers = new Set(
      arr(input.counts)
        .filter((c) => isObj(c) && c.defendant === o.defendant)
        .map((c) => (isObj(c) ? str(c.number) : undefined)),
    );
    const known = () => [...numbers].join(', ') || 'none';
    arr(o.pleadTo).forEach((p, j) => {
      if (isObj(p) && typeof p.count === 'string' && !numbers.has(p.count))
        add(
          at('pleadTo', j, 'count'),
          `count "${p.count}" is not a count of defendant ${String(o.defendant)} (counts: ${known()})`,
        );
    });
    arr(o.dismiss).forEach((n, j) => {
      if (typeof n === 'string' && !numbers.has(n))
        add(
          at('dismiss', j),
          `count "${n}" is not a count of defendant ${String(o.defendant)} (counts: ${known()})`,
        );
    });
    const st = isObj(o.speedyTrial) ? o.speedyTrial : {};
    ref(
      at('speedyTrial', 'exclusion'),
      st.exclusion,
      new Set(['timeExclusion', 'continuance']),
      'a timeExclusion or continuance',
    );
    ref(
      at('speedyTrial', 'submittedToCourt'),
      st.submittedToCourt,
      new Set(['pleaAgreementSubmitted']),
      'a pleaAgreementSubmitted',
    );
    if (isObj(o.expires)) before(at('expires', 'date'), o.madeOn, o.expires.date, 'the deadline');
    before(at('statusOn'), o.madeOn, o.statusOn, 'statusOn');
    arr(o.communication).forEach((c, j) => {
      if (isObj(c)) before(at('communication', j, 'on'), o.madeOn, c.on, 'conveyed on');
    });
  });
  arr(input.pleaOffers).forEach((o, i) => {
    if (!isObj(o) || typeof o.supersedes !== 'string') return;
    if (!offerIds.has(o.supersedes))
      add(['pleaOffers', i, 'supersedes'], `no plea offer with id "${o.supersedes}"`);
    else if (o.supersedes === o.id) add(['pleaOffers', i, 'supersedes'], 'an offer cannot supersede itself');
  });
  return issues;
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
