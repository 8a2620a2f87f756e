import type { ReactNode } from 'react';

export interface Mark {
  start: number;
  end: number;
  label: string;
  active?: boolean;
}

/** Docket text with the characters each event was read from marked. Overlapping marks are merged. */
export function EntryText({ text, marks }: { text: string; marks: Mark[] }) {
  const sorted = marks
    .filter((m) => m.end > m.start && m.start < text.length)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let end = Math.min(first.end, text.length);
    const labels = [first.label];
    let active = first.active ?? false;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start < end) {
      end = Math.max(end, Math.min(sorted[j]!.end, text.length));
      labels.push(sorted[j]!.label);
      active ||= sorted[j]!.active ?? false;
      j++;
    }
    const start = Math.max(first.start, at);
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={start} title={labels.join('; ')} className={active ? 'active' : undefined}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
    i = j;
  }
  if (at < text.length) out.push(text.slice(at));
  return <p className="entry-text">{out}</p>;
}
