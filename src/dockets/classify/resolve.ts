/**
 * The pass over the whole docket after each entry is read: link each decision to its motion, each
 * unsealing to its instrument, each modification to its release order; close open-ended exclusions from
 * later entries ("until the status conference" → the conference held); merge duplicate exclusions (one
 * window written twice, or announced in a minute entry and then ordered). What cannot be linked is dropped
 * as an event — the entry itself stays — and what stays open is reported.
 */
import { type Draft, type EntryInput, LOW } from './context.ts';
import { TRIAL_DAY } from './proceedings.ts';
import { entryRefs } from './refs.ts';

type Ev = Draft['event'] & Record<string, unknown>;
const ev = (d: Draft) => d.event as Ev;
const overlap = (a: number[], b: number[]) => a.some((n) => b.includes(n));

const STOP = new Set([
  'motion',
  'order',
  'letter',
  'request',
  'with',
  'from',
  'that',
  'this',
  'filed',
  'defendant',
  'government',
  'united',
  'states',
]);
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !STOP.has(w)),
  );
/** A motion asking to modify, remove or amend conditions of release ("MOTION to remove conditions of bail"). */
const CONDITIONS_MOTION =
  /\b(?:modif\w*|remov\w*|amend\w*|chang\w*|delet\w*|relax\w*)\b[^.;]{0,40}?\bconditions? of (?:release|bail|bond|pretrial release)\b/i;
/** Minutes that grant a motion and call for the written order. */
const WRITTEN_ORDER_TO_FOLLOW = /\bto (?:prepare|submit|file)\b[^.;]{0,30}?\border\b|\border to follow\b/i;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two motion titles name the same request: they share a significant word ("Unseal", "Forfeiture"). */
export const sharesWords = (a: string, b: string) => {
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
};

interface Located {
  draft: Draft;
  position: number;
}

export function resolveDrafts(entries: EntryInput[], perEntry: Draft[][], warnings: string[]): Draft[] {
  const s = resolveState(entries, perEntry, warnings);
  for (const pass of PASSES) pass(s);
  return s.all.filter((l) => !s.drop.has(l.draft)).map((l) => l.draft);
}

/** What the passes share: the drafts in docket order and by kind, those dropped, and the lookups over them. */
interface Resolve {
  entries: EntryInput[];
  perEntry: Draft[][];
  warnings: string[];
  all: Located[];
  drop: Set<Draft>;
  byKind: Map<string, Located[]>;
  /** The ids of the motions a decision is linked to. */
  decided: Set<string>;
  push: (l: Located) => void;
  /** The drafts of a kind not dropped (so far). */
  of: (kind: string) => Located[];
  /** The entry a number refers to from `position`: the latest with that number at or before it, else the first. */
  entryFor: (n: number, position: number) => number | undefined;
  /** The motions an entry files, not dropped. */
  motionsIn: (i: number) => Draft[];
  /** The charging instruments, dropped or not. */
  charging: () => Located[];
}

function resolveState(entries: EntryInput[], perEntry: Draft[][], warnings: string[]): Resolve {
  const byNumber = new Map<number, number[]>();
  entries.forEach((e, i) => {
    if (e.number === null) return;
    const list = byNumber.get(e.number);
    if (list) list.push(i);
    else byNumber.set(e.number, [i]);
  });
  const all: Located[] = perEntry.flatMap((drafts, position) => drafts.map((draft) => ({ draft, position })));
  const drop = new Set<Draft>();
  // Built in one pass (a copy of a kind's list for every event was quadratic); `push` below replaces the list.
  const byKind = new Map<string, Located[]>();
  for (const l of all) {
    const k = ev(l.draft).kind as string;
    const list = byKind.get(k);
    if (list) list.push(l);
    else byKind.set(k, [l]);
  }
  const push = (l: Located) => {
    all.push(l);
    const k = ev(l.draft).kind as string;
    byKind.set(k, [...(byKind.get(k) ?? []), l]);
  };
  const of = (kind: string) => (byKind.get(kind) ?? []).filter((l) => !drop.has(l.draft));
  const entryFor = (n: number, position: number): number | undefined => {
    const list = byNumber.get(n);
    if (!list) return undefined;
    return [...list].reverse().find((i) => i <= position) ?? list[0];
  };

  const decided = new Set<string>();
  const motionsIn = (i: number) =>
    (perEntry[i] ?? []).filter((d) => ev(d).kind === 'motionFiled' && !drop.has(d));
  const charging = () =>
    ['indictment', 'supersedingIndictment', 'information', 'complaint'].flatMap((k) => byKind.get(k) ?? []);
  return { entries, perEntry, warnings, all, drop, byKind, decided, push, of, entryFor, motionsIn, charging };
}

const defendants = (d: Draft) => (ev(d).defendants as number[]) ?? [];
const dateOf = (d: Draft) => ev(d).date as string;

/**
 * Docket corrections naming another entry ("Docket No. 18 … deleted").
 */
function docketCorrections(s: Resolve): void {
  const { entries, warnings, drop, of, entryFor } = s;
  for (const l of of('docketError')) {
    const target = ev(l.draft).target as string;
    if (!target.startsWith('#')) continue;
    const i = entryFor(Number(target.slice(1)), l.position);
    // "Docket No. 18 (Letter) was deleted from the docket" (nynd, 2017-10-30): the correction names what it
    // deleted; when the entry now numbered 18 is something else (an order), the deleted one is not in this report
    // and the order stands.
    const named =
      /\(\s*(Letter|Motion|Order|Notice|Stipulation|Exhibit|Brief|Response|Reply|Memorandum)\s*\)/i.exec(
        entries[l.position]!.text,
      )?.[1];
    const kindMatches =
      i === undefined ||
      !named ||
      new RegExp(`\\b${named}`, 'i').test(entries[i]!.eventName ?? entries[i]!.text.slice(0, 25));
    if (i === undefined || !kindMatches) {
      drop.add(l.draft);
      if (i !== undefined)
        warnings.push(
          `entry ${entries[l.position]!.id} corrects document ${target.slice(1)} (${named}); entry ${entries[i]!.id} is not that document and stands`,
        );
    } else ev(l.draft).target = entries[i]!.id;
  }
}

/**
 * "Motion to Detain filed" read from a hearing's minutes repeats the Government's written motion filed the same
 * day or earlier (hid entries 5 and 6): one motion, decided once.
 */
function detentionMotionsInMinutes(s: Resolve): void {
  const { drop, of } = s;
  for (const l of of('motionFiled')) {
    if (l.draft.rule !== 'motion.detentionInHearing') continue;
    const written = of('motionFiled').some(
      (m) =>
        m.draft !== l.draft &&
        m.draft.rule === 'motion.filed' &&
        ev(m.draft).motion === 'detention' &&
        dateOf(m.draft) <= dateOf(l.draft) &&
        overlap(defendants(m.draft), defendants(l.draft)),
    );
    if (written) drop.add(l.draft);
  }
}

/**
 * Decisions → motions.
 */
function decisionsToMotions(s: Resolve): void {
  const { entries, perEntry, all, drop, decided, push, of, entryFor, motionsIn } = s;
  for (const l of of('motionDecided')) {
    const e = ev(l.draft);
    if (e.motion) {
      decided.add(e.motion as string);
      continue;
    }
    let target: Draft | undefined;
    for (const n of l.draft.refs ?? []) {
      const i = entryFor(n, l.position);
      if (i === undefined) continue;
      const motions = motionsIn(i);
      // One entry filing several motions ("MOTION for Discovery, MOTION for Release of Brady Materials, MOTION to
      // Produce Jencks Material …", casd entry 25) and an order deciding them one by one ("Finding as moot 25
      // Motion for Release of Brady Materials"): the decision names its motion by title.
      const title = words(l.draft.motionTitle ?? '');
      const shared = (m: Draft) => [...words(ev(m).title as string)].filter((w) => title.has(w)).length;
      const byTitle =
        motions.length > 1 && title.size > 0
          ? motions
              .filter((m) => !decided.has(ev(m).id as string) && shared(m) > 0)
              .sort((a, b) => shared(b) - shared(a))[0]
          : undefined;
      target =
        byTitle ??
        motions.find(
          (m) =>
            !decided.has(ev(m).id as string) && (!l.draft.motionType || ev(m).motion === l.draft.motionType),
        ) ??
        motions.find((m) => !decided.has(ev(m).id as string)) ??
        motions[0];
      if (!target && (/motion|request|application/i.test(entries[i]!.text) || l.draft.refIsMotion)) {
        // The referenced filing is a motion the entry rules did not type (a letter request, an oddly titled filing).
        target = {
          event: {
            kind: 'motionFiled',
            id: `${entries[i]!.id}.motionFiled`,
            date: entries[i]!.dateFiled,
            defendants: defendants(l.draft),
            provenance: {
              source: 'docket',
              entry: entries[i]!.id,
              ...(entries[i]!.text
                ? { span: { start: 0, end: Math.min(entries[i]!.text.length, 100) } }
                : {}),
              classifier: { rule: 'motion.referenced', confidence: LOW },
            },
            motion: l.draft.motionType ?? 'other',
            title: entries[i]!.text.slice(0, 100) || 'motion',
            movant: 'other',
          },
          rule: 'motion.referenced',
          confidence: LOW,
          from: 'motion',
        };
        perEntry[i] = [...(perEntry[i] ?? []), target];
        push({ draft: target, position: i });
      }
      if (target) break;
    }
    if (!target && l.draft.motionType && !l.draft.refs?.length) {
      const pending = all
        .filter(
          (m) =>
            ev(m.draft).kind === 'motionFiled' &&
            !drop.has(m.draft) &&
            m.position < l.position &&
            !decided.has(ev(m.draft).id as string),
        )
        .filter((m) => overlap(defendants(m.draft), defendants(l.draft)));
      const sameDay = pending.filter((m) => entries[m.position]!.terminatedOn === dateOf(l.draft));
      // A type the title names links to a pending motion of that type; an untyped title ("Motion to Unseal
      // Document") only to a pending motion whose title shares its words.
      const typed = pending.filter((m) =>
        l.draft.motionType === 'other'
          ? l.draft.rule === 'motion.allWithdrawn' ||
            sharesWords(l.draft.motionTitle ?? '', entries[m.position]!.text || (ev(m.draft).title as string))
          : ev(m.draft).motion === l.draft.motionType,
      );
      if (l.draft.rule === 'motion.allWithdrawn') {
        for (const m of pending) {
          const copy: Draft = {
            ...l.draft,
            event: {
              ...l.draft.event,
              id: `${ev(l.draft).id}.${ev(m.draft).id}`.slice(0, 80),
              motion: ev(m.draft).id,
            } as Draft['event'],
          };
          decided.add(ev(m.draft).id as string);
          push({ draft: copy, position: l.position });
        }
        drop.add(l.draft);
        continue;
      }
      target = (sameDay.length > 0 ? sameDay : typed).at(-1)?.draft;
    }
    if (
      !target &&
      l.draft.from === 'minutes' &&
      l.draft.motionTitle &&
      !l.draft.refs?.length &&
      !TRIAL_DAY.test(entries[l.position]!.text)
    ) {
      // "Defendant's motion to dismiss or directed verdict is denied" (ned entry 87): no written motion is pending,
      // so the motion was made orally at the hearing the minutes record, and ruled on there.
      target = {
        event: {
          kind: 'motionFiled',
          id: `${ev(l.draft).id}.motion`,
          date: dateOf(l.draft),
          defendants: defendants(l.draft),
          provenance: {
            ...(l.draft.event.provenance as object),
            classifier: { rule: 'motion.oralByTitle', confidence: LOW + 0.2 },
          } as Draft['event']['provenance'],
          motion: l.draft.motionType ?? 'other',
          title: l.draft.motionTitle,
          movant: new RegExp(`(?:Government'?s|USA'?s?|Gov't)\\s+${escapeRe(l.draft.motionTitle)}`, 'i').test(
            entries[l.position]!.text,
          )
            ? 'government'
            : new RegExp(`(?:Defendant'?s|Defense|Deft'?s)\\s+${escapeRe(l.draft.motionTitle)}`, 'i').test(
                  entries[l.position]!.text,
                )
              ? 'defendant'
              : 'other',
        },
        rule: 'motion.oralByTitle',
        confidence: LOW + 0.2,
        from: 'minutes',
      };
      perEntry[l.position] = [...(perEntry[l.position] ?? []), target];
      push({ draft: target, position: l.position });
      ev(l.draft).oral = true;
    }
    if (!target) {
      drop.add(l.draft);
      continue;
    }
    e.motion = ev(target).id;
    decided.add(ev(target).id as string);
  }
}

/**
 * Motions decided by what they asked for, when no ruling names them: a detention motion by the detention order
 * (or the release order) that follows it; a motion to waive the defendant's presence at arraignment by the
 * arraignment; a motion for a competency examination by the order for the examination. The decision is dated
 * the day of that order or proceeding, so the motion's (h)(1)(D) window closes there instead of staying open.
 */
function implicitDecisions(s: Resolve): void {
  const { entries, decided, push, of } = s;
  const implicit = (
    motion: Located,
    by: Located | undefined,
    disposition: 'granted' | 'denied',
    rule: string,
    note: string,
  ) => {
    if (!by) return;
    const id = ev(motion.draft).id as string;
    decided.add(id);
    const at = entries[by.position]!;
    push({
      position: by.position,
      draft: {
        event: {
          kind: 'motionDecided',
          id: `${ev(by.draft).id}.decides.${id}`.slice(0, 120),
          date: dateOf(by.draft),
          defendants: defendants(motion.draft).filter((n) => defendants(by.draft).includes(n)),
          provenance: {
            ...(by.draft.event.provenance as object),
            classifier: { rule, confidence: LOW + 0.2 },
          } as Draft['event']['provenance'],
          motion: id,
          disposition,
          oral: false,
          note: `${note} (${at.number !== null ? `entry ${at.number}` : `the entry of ${at.dateFiled}`})`,
        },
        rule,
        confidence: LOW + 0.2,
        from: by.draft.from,
      },
    });
  };
  const after = (m: Located) => (x: Located) =>
    x.position >= m.position &&
    dateOf(x.draft) >= dateOf(m.draft) &&
    overlap(defendants(x.draft), defendants(m.draft));
  for (const m of of('motionFiled')) {
    const id = ev(m.draft).id as string;
    if (decided.has(id)) continue;
    const title = String(ev(m.draft).title ?? '');
    const type = ev(m.draft).motion;
    if (type === 'detention') {
      const order = [...of('detentionOrder'), ...of('releaseOrder')]
        .filter(after(m))
        .filter((o) => !(ev(o.draft).temporary || ev(o.draft).pendingHearing))
        .sort((a, b) => a.position - b.position)[0];
      implicit(
        m,
        order,
        order && ev(order.draft).kind === 'detentionOrder' ? 'granted' : 'denied',
        'motion.decidedByDetentionOrder',
        'decided by the order on detention that follows it',
      );
    } else if (
      /\bwaive\w*\b[^.;]{0,30}?\b(?:presence|appearance)\b/i.test(
        title + (entries[m.position]?.text.slice(0, 200) ?? ''),
      )
    ) {
      const arraignment = of('arraignment')
        .filter(after(m))
        .sort((a, b) => a.position - b.position)[0];
      implicit(
        m,
        arraignment,
        'granted',
        'motion.decidedByArraignment',
        'decided by the arraignment it concerned',
      );
    } else if (type === 'competency') {
      const order = of('competencyProceeding')
        .filter(after(m))
        .filter((o) => ev(o.draft).phase === 'order' && o.position > m.position)
        .sort((a, b) => a.position - b.position)[0];
      implicit(
        m,
        order,
        'granted',
        'motion.decidedByExaminationOrder',
        'decided by the order for the examination',
      );
    }
  }
  // A motion to modify or remove conditions of release that no entry rules on, or that minutes grant while calling
  // for a written order ("Mr. Silvert to prepare the Order", "Order to follow"): the order modifying the conditions
  // that follows it decides it (hid entries 40, 43 and 44). A second decision leaves the (h)(1)(D) window as the
  // first one closed it.
  for (const m of of('motionFiled')) {
    const id = ev(m.draft).id as string;
    const asked = `${String(ev(m.draft).title ?? '')} ${entries[m.position]?.text.slice(0, 200) ?? ''}`;
    if (!CONDITIONS_MOTION.test(asked)) continue;
    const ruled = of('motionDecided').filter((d) => ev(d.draft).motion === id);
    if (ruled.some((d) => !WRITTEN_ORDER_TO_FOLLOW.test(entries[d.position]!.text))) continue;
    const since = Math.max(m.position, ...ruled.map((d) => d.position));
    const order = of('conditionModification')
      .filter(after(m))
      .filter((o) => o.position > since)
      .sort((a, b) => a.position - b.position)[0];
    implicit(
      m,
      order,
      'granted',
      'motion.decidedByModificationOrder',
      'decided by the order modifying the conditions of release',
    );
  }
}

/**
 * A motion the history shows as "Terminated:" with no decision entry: its termination ends its window.
 */
function terminatedMotions(s: Resolve): void {
  const { entries, decided, push, of } = s;
  for (const l of of('motionFiled')) {
    const e = entries[l.position]!;
    if (!e.terminatedOn || decided.has(ev(l.draft).id as string)) continue;
    push({
      position: l.position,
      draft: {
        event: {
          kind: 'motionDecided',
          id: `${e.id}.terminated`,
          date: e.terminatedOn,
          defendants: defendants(l.draft),
          provenance: {
            source: 'docket',
            entry: e.id,
            ...(e.text ? { span: { start: 0, end: Math.min(e.text.length, 100) } } : {}),
            classifier: { rule: 'motion.terminatedDate', confidence: LOW },
          },
          motion: ev(l.draft).id as string,
          disposition: 'other',
          oral: false,
          note: `the docket history shows the motion terminated on ${e.terminatedOn}`,
        },
        rule: 'motion.terminatedDate',
        confidence: LOW,
        from: 'motion',
      },
    });
  }
}

/**
 * Under advisement → the motions taken under advisement.
 */
function advisementToMotions(s: Resolve): void {
  const { drop, of, entryFor, motionsIn } = s;
  for (const l of of('underAdvisement')) {
    const cited = (l.draft.refs ?? [])
      .map((n) => entryFor(n, l.position))
      .flatMap((i) => (i === undefined ? [] : motionsIn(i)));
    const title = l.draft.motionTitle;
    const named = title ? cited.filter((m) => sharesWords(title, ev(m).title as string)) : [];
    const matters = (named.length > 0 ? named : cited).map((m) => ev(m).id as string);
    if (matters.length === 0) drop.add(l.draft);
    else ev(l.draft).matters = matters;
  }
}

/**
 * Hearings → the motions they heard (§ 3161(h)(1)(D) runs "through the conclusion of the hearing on" a motion;
 * then at most 30 days under advisement, (h)(1)(H)). The minutes of a hearing that cite motion entries
 * ("EP: MINUTES: Defendant's Motion to Dismiss No. 2 … [23-1], [20-1]") heard those motions; a motion hearing
 * that cites none ("Motion Hearing/Trial Setting as to X held on 3/30/2015") heard every motion of its
 * defendants then pending — filed before it and not yet decided, withdrawn or mooted; and a motion made orally
 * at a hearing is heard at that hearing.
 */
function hearingsToMotions(s: Resolve): void {
  const { entries, of, entryFor, motionsIn } = s;
  const decisionDay = new Map<string, string>();
  for (const l of of('motionDecided')) {
    const id = ev(l.draft).motion as string;
    const day = dateOf(l.draft);
    if (id && (!decisionDay.has(id) || day < decisionDay.get(id)!)) decisionDay.set(id, day);
  }
  // A motion heard before, or taken under advisement, is not heard again by a later motion hearing that cites
  // nothing: its (h)(1)(D) window ended at its own hearing.
  const heardOn = new Map<string, string>();
  for (const l of of('underAdvisement'))
    for (const id of (ev(l.draft).matters as string[]) ?? [])
      if (!heardOn.has(id) || dateOf(l.draft) < heardOn.get(id)!) heardOn.set(id, dateOf(l.draft));
  for (const l of of('hearingHeld')) {
    const day = dateOf(l.draft);
    const heard = new Set<string>();
    const cited = entryRefs(entries[l.position]!.text)
      .filter((r) => r.number !== entries[l.position]!.number)
      .map((r) => entryFor(r.number, l.position))
      .flatMap((i) => (i === undefined || i >= l.position ? [] : motionsIn(i)))
      .filter((m) => dateOf(m) <= day && overlap(defendants(m), defendants(l.draft)));
    for (const m of cited) heard.add(ev(m).id as string);
    if (cited.length === 0 && ev(l.draft).hearing === 'motion') {
      for (const m of of('motionFiled')) {
        const id = ev(m.draft).id as string;
        const decidedOn = decisionDay.get(id);
        if (
          m.position < l.position &&
          dateOf(m.draft) <= day &&
          (decidedOn === undefined || decidedOn >= day) &&
          !((heardOn.get(id) ?? day) < day) &&
          overlap(defendants(m.draft), defendants(l.draft))
        )
          heard.add(id);
      }
    }
    // (One made and ruled on the same day needs no link: its window is that day.)
    for (const m of motionsIn(l.position))
      if (
        /^motion\.oral/.test(m.rule) &&
        decisionDay.get(ev(m).id as string) !== day &&
        overlap(defendants(m), defendants(l.draft))
      )
        heard.add(ev(m).id as string);
    ev(l.draft).motions = [...heard];
    for (const id of heard) if (!heardOn.has(id) || day < heardOn.get(id)!) heardOn.set(id, day);
  }
}

/**
 * Unsealing → the sealed instrument (before it, or filed just after: "Originally filed under seal").
 */
function unsealingToInstrument(s: Resolve): void {
  const { drop, of, charging } = s;
  for (const l of of('unsealing')) {
    const wantsSuperseding = l.draft.motionType === 'other';
    const candidates = charging().filter(
      (c) =>
        overlap(defendants(c.draft), defendants(l.draft)) &&
        (!wantsSuperseding || ev(c.draft).kind === 'supersedingIndictment'),
    );
    const before = candidates.filter((c) => c.position <= l.position && ev(c.draft).sealed).at(-1);
    const after = candidates.find((c) => c.position > l.position && c.position <= l.position + 3);
    const target = before ?? after;
    if (!target) {
      drop.add(l.draft);
      continue;
    }
    ev(target.draft).sealed = true;
    ev(l.draft).instrument = ev(target.draft).id;
  }
}

/**
 * Modifications → the release order in force; a removed condition gets its end date.
 */
function modificationsToOrders(s: Resolve): void {
  const { drop, of } = s;
  for (const l of of('conditionModification')) {
    const order = of('releaseOrder')
      .filter((r) => r.position < l.position && overlap(defendants(r.draft), defendants(l.draft)))
      .at(-1);
    if (!order) {
      drop.add(l.draft);
      continue;
    }
    const e = ev(l.draft);
    e.order = ev(order.draft).id;
    const removes = typeof e.note === 'string' ? /^removes: (\w+)/.exec(e.note)?.[1] : undefined;
    if (removes) {
      const conditions = ev(order.draft).conditions as Array<{
        id: string;
        text?: string;
        description?: string;
        effectiveTo?: string | null;
      }>;
      const hit = conditions.filter((c) =>
        new RegExp(removes, 'i').test(`${c.text ?? ''} ${c.description ?? ''}`),
      );
      e.removed = hit.map((c) => c.id);
      for (const c of hit) c.effectiveTo = e.date as string;
      delete e.note;
    }
  }
}

/**
 * Plea agreement rulings → the agreement.
 */
function pleaAgreementRulings(s: Resolve): void {
  const { drop, of } = s;
  for (const l of of('pleaAgreementDecided')) {
    const agreement = of('pleaAgreementSubmitted')
      .filter((a) => a.position <= l.position && overlap(defendants(a.draft), defendants(l.draft)))
      .at(-1);
    if (agreement) ev(l.draft).agreement = ev(agreement.draft).id;
    else drop.add(l.draft);
  }
}

/**
 * Arrest: on what charge (the § 3161(b) clock runs from an arrest on a complaint).
 */
function arrestCharges(s: Resolve): void {
  const { drop, of, charging } = s;
  const seenArrest = new Set<string>();
  for (const l of of('arrest')) {
    const key = `${defendants(l.draft).join(',')}/${dateOf(l.draft)}`;
    if (seenArrest.has(key)) {
      drop.add(l.draft);
      continue;
    }
    seenArrest.add(key);
    const prior = charging().filter((c) => overlap(defendants(c.draft), defendants(l.draft)));
    const charged = prior
      .filter((c) => ev(c.draft).kind !== 'complaint' && dateOf(c.draft) <= dateOf(l.draft))
      .at(-1);
    if (charged) ev(l.draft).on = ev(charged.draft).kind === 'information' ? 'information' : 'indictment';
    else if (prior.some((c) => ev(c.draft).kind === 'complaint')) ev(l.draft).on = 'complaint';
    else if (ev(l.draft).on === 'complaint') ev(l.draft).on = 'other';
  }
}

/**
 * One plea per defendant: the court's later acceptance of a plea already entered ("ORDER accepting guilty plea",
 * "The Court accepts the guilty plea") records no new plea.
 */
function onePleaPerDefendant(s: Resolve): void {
  const { drop, of } = s;
  for (const l of of('plea')) {
    if (l.draft.rule !== 'plea.accepted') continue;
    const earlier = of('plea').some(
      (p) =>
        p.draft !== l.draft &&
        ev(p.draft).plea !== 'notGuilty' &&
        p.position < l.position &&
        overlap(defendants(p.draft), defendants(l.draft)),
    );
    if (earlier) drop.add(l.draft);
  }
}

/**
 * One plea agreement: the agreement lodged at the plea hearing is the one filed again later (azd entries 14 and
 * 25); only an amended or superseding agreement, or one after a rejection, is submitted anew.
 */
function onePleaAgreement(s: Resolve): void {
  const { entries, drop, of } = s;
  for (const l of of('pleaAgreementSubmitted')) {
    const text = entries[l.position]!.text;
    if (/\b(?:AMENDED|SUPERSEDING|REVISED|NEW)\b/i.test(text.slice(0, 80))) continue;
    const earlier = of('pleaAgreementSubmitted').filter(
      (p) =>
        p.draft !== l.draft && p.position < l.position && overlap(defendants(p.draft), defendants(l.draft)),
    );
    const rejected = of('pleaAgreementDecided').some(
      (d) => ev(d.draft).ruling === 'rejected' && d.position < l.position,
    );
    if (earlier.length > 0 && !rejected) drop.add(l.draft);
  }
}

/**
 * One charging instrument: a copy of an indictment — redacted, unredacted, "for trial purposes" — filed the same
 * day or later is not a new instrument (mowd entries 1 and 2: the public redacted indictment and the sealed
 * unredacted one). The public copy stands for both.
 */
function oneChargingInstrument(s: Resolve): void {
  const { entries, drop, of } = s;
  for (const kind of ['indictment', 'supersedingIndictment', 'information']) {
    const list = of(kind).sort((a, b) => a.position - b.position);
    for (const l of list) {
      if (drop.has(l.draft)) continue;
      const text = entries[l.position]!.text;
      const copy =
        /\b(?:UN)?REDACTED\b|\bfor (?:use at )?trial(?: purposes)?\b|\btrial copy\b|\bconformed copy\b/i.test(
          text.slice(0, 160),
        );
      const others = list.filter(
        (o) =>
          o !== l &&
          !drop.has(o.draft) &&
          overlap(defendants(o.draft), defendants(l.draft)) &&
          (kind !== 'supersedingIndictment' || ev(o.draft).designation === ev(l.draft).designation),
      );
      const sameDay = others.filter((o) => dateOf(o.draft) === dateOf(l.draft));
      if (sameDay.length > 0 && copy) {
        // Keep the public one of the pair.
        const keep = [l, ...sameDay].sort(
          (a, b) =>
            Number(Boolean(ev(a.draft).sealed)) - Number(Boolean(ev(b.draft).sealed)) ||
            a.position - b.position,
        )[0]!;
        for (const x of [l, ...sameDay]) if (x !== keep) drop.add(x.draft);
      } else if (copy && others.some((o) => o.position < l.position)) drop.add(l.draft);
    }
  }
}

/**
 * Trial commences once per defendant.
 */
function oneTrialStart(s: Resolve): void {
  const { drop, of } = s;
  const tried = new Set<number>();
  for (const l of of('trialStart')) {
    if (defendants(l.draft).every((n) => tried.has(n))) drop.add(l.draft);
    for (const n of defendants(l.draft)) tried.add(n);
  }
}

/**
 * Open-ended exclusions: close them from the same entry or later entries.
 */
function closeOpenExclusions(s: Resolve): void {
  const { entries, warnings, drop, byKind, of, entryFor, motionsIn } = s;
  // Each kind's events in order of date (then position), sorted once: this pass adds and drops none and changes
  // no date of those kinds.
  const inDateOrder = new Map<string, Located[]>();
  const sortedOf = (kind: string) => {
    let sorted = inDateOrder.get(kind);
    if (!sorted) {
      sorted = [...(byKind.get(kind) ?? [])].sort((a, b) =>
        dateOf(a.draft) < dateOf(b.draft)
          ? -1
          : dateOf(a.draft) > dateOf(b.draft)
            ? 1
            : a.position - b.position,
      );
      inDateOrder.set(kind, sorted);
    }
    return sorted;
  };
  for (const l of of('timeExclusion')) {
    const end = l.draft.openEnd;
    const e = ev(l.draft);
    if (!end || e.to) continue;
    const from = e.from as string;
    const later = (kind: string, pred: (d: Draft) => boolean = () => true) =>
      sortedOf(kind).filter(
        (x) => !drop.has(x.draft) && overlap(defendants(x.draft), defendants(l.draft)) && pred(x.draft),
      );
    const setFor = (d: Draft) => ev(d).for as string;
    let closer: { id: string; date: string } | undefined;
    const same = (d: Draft) =>
      d.event.provenance.source === 'docket' && d.event.provenance.entry === entries[l.position]!.id;
    if (end.to === 'trial') {
      const set = later('hearingSet', (d) => same(d) && ev(d).hearing === 'trial').at(0)?.draft;
      const start = later('trialStart', (d) => dateOf(d) >= from).at(0);
      const scheduled = later(
        'hearingSet',
        (d) => ev(d).hearing === 'trial' && dateOf(d) <= from && setFor(d) >= from,
      ).at(-1);
      const pick = set
        ? { id: ev(set).id as string, date: setFor(set) }
        : start
          ? { id: ev(start.draft).id as string, date: dateOf(start.draft) }
          : scheduled
            ? { id: ev(scheduled.draft).id as string, date: setFor(scheduled.draft) }
            : undefined;
      closer = pick;
    } else if (end.to === 'hearing') {
      const isWanted = (h: unknown) =>
        end.hearing === 'status' ? h === 'status' || h === 'pretrialConference' : h !== 'trial';
      const set =
        later('hearingSet', (d) => same(d) && isWanted(ev(d).hearing)).at(0)?.draft ??
        // "All time is excluded until the next hearing" with the hearing set in the entry that follows.
        (l.draft.rule === 'exclusion.untilNextHearing'
          ? later(
              'hearingSet',
              (d) =>
                d.event.provenance.source === 'docket' &&
                d.event.provenance.entry === entries[l.position + 1]?.id &&
                isWanted(ev(d).hearing),
            ).at(0)?.draft
          : undefined);
      const held = later('hearingHeld', (d) => dateOf(d) > from && isWanted(ev(d).hearing)).at(0);
      const nextSet = later(
        'hearingSet',
        (d) => dateOf(d) >= from && setFor(d) > from && isWanted(ev(d).hearing),
      ).at(0);
      closer = set
        ? { id: ev(set).id as string, date: setFor(set) }
        : held
          ? { id: ev(held.draft).id as string, date: dateOf(held.draft) }
          : nextSet
            ? { id: ev(nextSet.draft).id as string, date: setFor(nextSet.draft) }
            : undefined;
    } else if (end.to === 'report') {
      const report = later('competencyProceeding', (d) => ev(d).phase === 'report' && dateOf(d) >= from).at(
        0,
      );
      if (report) closer = { id: ev(report.draft).id as string, date: dateOf(report.draft) };
    } else if (end.to === 'motionDecided') {
      const i = entryFor(end.motionEntry, l.position);
      const motionIds = i === undefined ? [] : motionsIn(i).map((m) => ev(m).id);
      const decision = later('motionDecided', (d) => motionIds.includes(ev(d).motion as string)).at(0);
      if (decision) closer = { id: ev(decision.draft).id as string, date: dateOf(decision.draft) };
    }
    if (closer && closer.date >= from) {
      e.to = closer.date;
      e.closedBy = closer.id;
    } else {
      l.draft.confidence = Math.min(l.draft.confidence, LOW);
      (e.provenance as { classifier?: { confidence: number } }).classifier!.confidence = l.draft.confidence;
      warnings.push(
        `entry ${entries[l.position]!.id}: exclusion from ${from} is open ("${(e.until as { description?: string } | undefined)?.description ?? 'no end'}"); no later entry closes it`,
      );
    }
  }
}

/**
 * One window, one exclusion: merge duplicates (same defendants, category and dates), preferring orders.
 */
function mergeDuplicateExclusions(s: Resolve): void {
  const { drop, of } = s;
  const rank = (d: Draft) =>
    (d.announced ? 0 : d.from === 'order' ? 3 : d.from === 'minutes' ? 2 : 1) * 10 + d.confidence;
  const best = new Map<string, Draft>();
  for (const l of of('timeExclusion')) {
    const e = ev(l.draft);
    const key = `${defendants(l.draft).join(',')}|${e.from}|${e.to}`;
    const keyed = l.draft.announced ? key : `${key}|${e.basis}`;
    for (const k of [keyed, key]) {
      const prev = best.get(k);
      if (prev && prev !== l.draft) {
        const loser = rank(prev) >= rank(l.draft) ? l.draft : prev;
        drop.add(loser);
        if (loser === prev) best.set(k, l.draft);
      } else best.set(k, l.draft);
    }
  }
}

/**
 * A plea read from the transcript of Rule 11 proceedings stands for the plea entry of a defendant whose own
 * entries are not on this docket: a defendant whose plea is on the docket keeps only that one.
 */
function rule11TranscriptPleas(s: Resolve): void {
  const { drop, of } = s;
  for (const l of of('plea')) {
    if (l.draft.rule !== 'plea.rule11Transcript') continue;
    const own = new Set(
      of('plea')
        .filter((p) => p.draft.rule !== 'plea.rule11Transcript' && ev(p.draft).plea !== 'notGuilty')
        .flatMap((p) => defendants(p.draft)),
    );
    const rest = defendants(l.draft).filter((d) => !own.has(d));
    if (rest.length === 0) drop.add(l.draft);
    else ev(l.draft).defendants = rest;
  }
}

/** The passes, in order: each reads what the earlier ones linked or dropped. */
const PASSES: ReadonlyArray<(s: Resolve) => void> = [
  docketCorrections,
  detentionMotionsInMinutes,
  decisionsToMotions,
  implicitDecisions,
  terminatedMotions,
  advisementToMotions,
  hearingsToMotions,
  unsealingToInstrument,
  modificationsToOrders,
  pleaAgreementRulings,
  arrestCharges,
  onePleaPerDefendant,
  onePleaAgreement,
  oneChargingInstrument,
  oneTrialStart,
  closeOpenExclusions,
  mergeDuplicateExclusions,
  rule11TranscriptPleas,
];
