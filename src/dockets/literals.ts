/**
 * Words a pattern cannot match without: a cheap test that skips a regular expression on text that holds none
 * of them. The classifier tries dozens of patterns on every docket entry and most find nothing; looking for a
 * word with `includes` costs a fraction of running the pattern over the entry. The answer never changes
 * what a pattern matches: a pattern is skipped only when its match would have to contain a word the text
 * lacks, and a pattern this reading does not understand is always run.
 */

/** Any of `needles` occurs in every match (lower-cased when `lower`: then look in the lower-cased text). */
export interface Needles {
  needles: string[];
  lower: boolean;
}

type Req = string[] | null;

/** Escapes that stand for one known character. */
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/**
 * Reads a pattern's source (without the `u` or `v` flag) far enough to know which literal strings every match
 * holds. `null` when it cannot tell, or when a sub-pattern is written in a way not read here.
 */
class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  read(): Req {
    const req = this.alternatives();
    if (this.i !== this.s.length) throw new Error('unbalanced');
    return req;
  }

  /** `a|b|c`: one of the branches' words. */
  private alternatives(): Req {
    const branches: Req[] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set((branches as string[][]).flat())];
  }

  /** A quantifier after an atom: its least count, or 1 when there is none. */
  private quantifier(): number {
    const c = this.s[this.i];
    let min = 1;
    if (c === '*' || c === '?') {
      min = 0;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return 1;
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.s[this.i] === '?') this.i++;
    return min;
  }

  /** A sequence of atoms: the best of its literal runs and its required groups. */
  private sequence(): Req {
    const candidates: string[][] = [];
    let run = '';
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    const s = this.s;
    while (this.i < s.length && s[this.i] !== '|' && s[this.i] !== ')') {
      const c = s[this.i]!;
      if (c === '^' || c === '$') {
        this.i++;
        continue;
      }
      if (c === '(') {
        const look = /^\(\?(?:=|!|<=|<!)/.exec(s.slice(this.i, this.i + 4));
        if (look) {
          // A lookaround matches no characters: the characters on each side of it stay side by side.
          this.i += look[0].length;
          this.alternatives();
          if (s[this.i] !== ')') throw new Error('unbalanced');
          this.i++;
          if (this.quantifier() === 0) flush();
          continue;
        }
        flush();
        if (s.startsWith('(?:', this.i)) this.i += 3;
        else if (s.startsWith('(?<', this.i)) {
          const end = s.indexOf('>', this.i);
          if (end < 0) throw new Error('group name');
          this.i = end + 1;
        } else if (s[this.i + 1] === '?') throw new Error('unknown group');
        else this.i++;
        const inner = this.alternatives();
        if (s[this.i] !== ')') throw new Error('unbalanced');
        this.i++;
        if (this.quantifier() >= 1 && inner) candidates.push(inner);
        continue;
      }
      let literal: string | null = null;
      if (c === '[') {
        this.i++;
        if (s[this.i] === '^') this.i++;
        while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
        if (this.i >= s.length) throw new Error('class');
        this.i++;
      } else if (c === '.') this.i++;
      else if (c === '\\') {
        const e = s[this.i + 1];
        if (e === undefined) throw new Error('escape');
        this.i += 2;
        if (e === 'b' || e === 'B') continue;
        if (CONTROL[e]) literal = CONTROL[e];
        else if (/[A-Za-z0-9]/.test(e)) {
          // \d \w \s, \u \x \c, back-references and \k<name>: not one known character.
          if (e === 'k' && s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
        } else literal = e;
      } else if (c === '*' || c === '+' || c === '?') throw new Error('quantifier');
      else {
        literal = c;
        this.i++;
      }
      const at = this.i;
      const min = this.quantifier();
      if (literal !== null && min >= 1) {
        run += literal;
        // Repeated: its first copy joins the run, and the run ends there.
        if (this.i !== at) flush();
      } else flush();
    }
    flush();
    let best: string[] | null = null;
    for (const c of candidates)
      if (!best || score(c) > score(best) || (score(c) === score(best) && c.length < best.length)) best = c;
    return best;
  }
}

const score = (needles: string[]) => Math.min(...needles.map((n) => n.length));

/**
 * The words every match of `re` holds, or `null` (run the pattern). Patterns with the `u` or `v` flag, whose
 * case-insensitive matching folds more than lower-casing does, are not read.
 */
export function needlesOf(re: RegExp): Needles | null {
  if (/[uv]/.test(re.flags)) return null;
  let req: Req;
  try {
    req = new Reader(re.source).read();
  } catch {
    return null;
  }
  if (!req || req.length === 0 || score(req) < 3) return null;
  const lower = re.flags.includes('i');
  // Case-insensitive matching of a character other than ASCII is not what lower-casing does: not read.
  if (lower && req.some((n) => /[^ -~\t\n\r\f\v]/.test(n))) return null;
  return { needles: lower ? req.map((n) => n.toLowerCase()) : req, lower };
}

const known = new Map<string, Map<string, Needles | null>>();

/** `needlesOf`, kept per pattern source and flags (a pattern written in a function is a new object per call). */
export function cachedNeedles(re: RegExp): Needles | null {
  let byFlags = known.get(re.source);
  if (!byFlags) {
    byFlags = new Map();
    known.set(re.source, byFlags);
  }
  let n = byFlags.get(re.flags);
  if (n === undefined) {
    n = needlesOf(re);
    byFlags.set(re.flags, n);
  }
  return n;
}

/** Whether the text can hold a match: `false` only when it lacks every needle. */
export function mayMatch(n: Needles, text: string, lowerText: string): boolean {
  const hay = n.lower ? lowerText : text;
  for (const needle of n.needles) if (hay.includes(needle)) return true;
  return false;
}
