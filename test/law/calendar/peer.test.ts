/**
 * Cross-check of the state tables against a well-kept peer, the `date-holidays` package (a development
 * dependency, used here as a test oracle only: its list is not law, ours cites the statutes). For every state,
 * 2015–2035, the holidays' own dates (not weekend-observed days) are compared with the peer's "public" days
 * (not its substitute days). Each disagreement must be explained by a note in the state's table (`peer`):
 * `ours` for a day only we have, `peer` (a pattern on the peer's name) for a day only the peer has. The test
 * prints every disagreement, state by state, with the reason, and fails on an unexplained one or on a note
 * that explains nothing.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, occurrencesOf, type PeerNote, STATE_TABLES } from '../../../src/law/calendar/index.ts';

const FIRST = 2015;
const LAST = 2035;
const TERRITORIES = new Set(['PR', 'VI', 'GU', 'MP']);

interface Disagreement {
  state: string;
  date: string;
  side: 'ours only' | 'peer only';
  what: string;
  note?: PeerNote;
}

function peerDays(state: string): Map<string, string[]> {
  const hd = TERRITORIES.has(state) ? new Holidays(state) : new Holidays('US', state);
  const out = new Map<string, string[]>();
  for (let year = FIRST; year <= LAST; year++) {
    for (const h of hd.getHolidays(year) || []) {
      if (h.type !== 'public' || h.substitute) continue;
      const date = h.date.slice(0, 10);
      out.set(date, [...(out.get(date) ?? []), h.name]);
    }
  }
  return out;
}

function ourDays(state: string): Map<string, string[]> {
  const table = STATE_TABLES[state];
  const out = new Map<string, string[]>();
  if (!table) return out;
  for (let year = FIRST; year <= LAST; year++) {
    for (const record of table.records) {
      if (record.partialDay) continue;
      for (const occ of occurrencesOf(record, year, state)) {
        if (occ.observed) continue;
        out.set(occ.date, [...(out.get(occ.date) ?? []), record.id]);
      }
    }
  }
  return out;
}

const inYears = (note: PeerNote, date: string): boolean => {
  if (!note.years) return true;
  const y = Number(date.slice(0, 4));
  return y >= note.years[0] && y <= note.years[1];
};

function compare(state: string): { list: Disagreement[]; unused: PeerNote[]; peerEmpty: boolean } {
  const notes = STATE_TABLES[state]?.peer ?? [];
  const used = new Set<PeerNote>();
  const ours = ourDays(state);
  const peer = peerDays(state);
  const list: Disagreement[] = [];
  if (peer.size === 0) return { list, unused: [...notes], peerEmpty: true };
  for (const [date, ids] of ours) {
    if (peer.has(date)) continue;
    for (const id of ids) {
      const note = notes.find((n) => n.ours === id && inYears(n, date));
      if (note) used.add(note);
      list.push({ state, date, side: 'ours only', what: id, ...(note ? { note } : {}) });
    }
  }
  for (const [date, names] of peer) {
    if (ours.has(date)) continue;
    for (const name of names) {
      const note = notes.find((n) => n.peer && new RegExp(n.peer, 'i').test(name) && inYears(n, date));
      if (note) used.add(note);
      list.push({ state, date, side: 'peer only', what: name, ...(note ? { note } : {}) });
    }
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { list, unused: notes.filter((n) => !used.has(n)), peerEmpty: peer.size === 0 };
}

/** One line per holiday: the years it disagrees and why. */
function summarize(list: Disagreement[]): string[] {
  const groups = new Map<string, { years: Set<string>; reason: string }>();
  for (const d of list) {
    const key = `${d.side}: ${d.what}`;
    const g = groups.get(key) ?? { years: new Set(), reason: d.note?.reason ?? 'UNEXPLAINED' };
    g.years.add(d.date.slice(0, 4));
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => `  ${key} [${[...g.years].join(', ')}] — ${g.reason}`);
}

const STATES = [...new Set([...DISTRICTS.values()].map((d) => d.state))].sort();

describe('state tables against the date-holidays peer, 2015–2035', () => {
  it('covers the state of every one of the 94 districts (55 tables)', () => {
    // 50 states, the District of Columbia, Puerto Rico, the Virgin Islands, Guam, the Northern Mariana Islands.
    expect(STATES).toHaveLength(55);
    expect(STATES.filter((s) => !STATE_TABLES[s])).toEqual([]);
  });

  for (const state of STATES) {
    it(`${state}: every disagreement is explained in the table`, () => {
      const { list, unused, peerEmpty } = compare(state);
      const lines = peerEmpty
        ? ['  the peer has no list for this jurisdiction: the table is checked against its statute only']
        : summarize(list);
      console.log(`${state}: ${list.length} day(s) of disagreement\n${lines.join('\n')}`);
      expect(
        list.filter((d) => !d.note).map((d) => `${d.side} ${d.date} ${d.what}`),
        `${state}: unexplained`,
      ).toEqual([]);
      expect(
        unused.map((n) => n.ours ?? n.peer),
        `${state}: notes that explain no disagreement`,
      ).toEqual([]);
    });
  }
});
