import { useMemo, useState } from 'react';
import type { CaseFile, Event } from '../api.ts';
import { categoryOf, describeEvent } from '../events.ts';
import { longDate } from '../format.ts';
import { EntryText } from './EntryText.tsx';

type Entry = CaseFile['docketEntries'][number];

interface DocketLabel {
  /** `Magistrate` or `District` (or `Related` for another kind of docket). */
  label: string;
  number: string;
}

/**
 * Which docket an entry comes from: the case's own, or the related docket it names (e.g. the `-mj-` case the
 * complaint and the first appearance were filed in). The kind is read from the docket number's type.
 */
export function docketOf(entry: Entry, file: CaseFile): DocketLabel {
  const number = entry.source.docketNumber ?? file.case.docketNumber;
  const type = /\d-([a-z]{2})-\d/i.exec(number)?.[1]?.toLowerCase();
  const label =
    type === 'mj'
      ? 'Magistrate'
      : type === 'cr'
        ? 'District'
        : number === file.case.docketNumber
          ? 'This case'
          : 'Related';
  return { label, number };
}

/** The docket as a timeline: each entry with the events read from it; click one to see the words marked. */
export function Docket({ file }: { file: CaseFile }) {
  const [onlyEvents, setOnlyEvents] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [activeEvent, setActiveEvent] = useState<string | null>(null);

  const eventsByEntry = useMemo(() => {
    const map = new Map<string, Event[]>();
    for (const e of file.events) {
      if (e.provenance.source !== 'docket') continue;
      const list = map.get(e.provenance.entry) ?? [];
      list.push(e);
      map.set(e.provenance.entry, list);
    }
    return map;
  }, [file.events]);

  const q = query.trim().toLowerCase();
  const entries = file.docketEntries.filter(
    (entry) => (!onlyEvents || eventsByEntry.has(entry.id)) && (!q || entry.text.toLowerCase().includes(q)),
  );

  return (
    <section className="card" id="docket">
      <div className="card-head">
        <h2>Docket</h2>
        <div className="controls">
          <input
            type="search"
            placeholder="Search the docket text"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label="Search the docket"
          />
          <label>
            <input type="checkbox" checked={onlyEvents} onChange={(e) => setOnlyEvents(e.target.checked)} />{' '}
            only entries with events
          </label>
        </div>
      </div>
      <p className="muted small">
        {file.docketEntries.length} entries, {file.events.length} events. Click an entry to see the words each
        event was read from.
      </p>
      <ol className="docket" data-testid="docket">
        {entries.map((entry) => (
          <DocketRow
            key={entry.id}
            entry={entry}
            docket={docketOf(entry, file)}
            events={eventsByEntry.get(entry.id) ?? []}
            open={open === entry.id}
            activeEvent={activeEvent}
            onToggle={() => setOpen(open === entry.id ? null : entry.id)}
            onPick={(id) => {
              setOpen(entry.id);
              setActiveEvent(id);
            }}
          />
        ))}
      </ol>
      {entries.length === 0 && <p className="empty">No entries match.</p>}
    </section>
  );
}

function DocketRow(props: {
  entry: Entry;
  docket: DocketLabel;
  events: Event[];
  open: boolean;
  activeEvent: string | null;
  onToggle: () => void;
  onPick: (id: string) => void;
}) {
  const { entry, docket, events, open } = props;
  const marks = events.flatMap((e) =>
    e.provenance.source === 'docket' && e.provenance.span
      ? [
          {
            start: e.provenance.span.start,
            end: e.provenance.span.end,
            label: describeEvent(e),
            active: e.id === props.activeEvent,
          },
        ]
      : [],
  );
  return (
    <li
      className={`docket-row${events.length ? ' has-events' : ''}${open ? ' open' : ''}`}
      data-entry={entry.id}
    >
      <button type="button" className="docket-line" onClick={props.onToggle} aria-expanded={open}>
        <span className="date">{longDate(entry.dateFiled)}</span>
        <span
          className={`docket-of docket-${docket.label.toLowerCase().replace(' ', '-')}`}
          title={docket.number}
        >
          {docket.label}
        </span>
        <span className="num mono">{entry.number ?? '—'}</span>
        <span className={`text${open ? '' : ' clamp'}`}>
          {entry.sealed && <span className="sealed-badge">Sealed</span>}
          {entry.sealed && entry.text === '' ? (
            <span className="muted" data-testid="sealed-withheld">
              Sealed entry: the text is withheld
            </span>
          ) : (
            entry.text
          )}
        </span>
      </button>
      {events.length > 0 && (
        <div className="chips">
          {events.map((e) => (
            <button
              type="button"
              key={e.id}
              className={`chip cat-${categoryOf(e)}${e.id === props.activeEvent ? ' active' : ''}`}
              onClick={() => props.onPick(e.id)}
            >
              {describeEvent(e)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <div className="entry-detail">
          <EntryText text={entry.text} marks={marks} />
          <dl className="facts">
            <dt>Filed</dt>
            <dd>{longDate(entry.dateFiled)}</dd>
            {entry.dateEntered && (
              <>
                <dt>Entered</dt>
                <dd>{longDate(entry.dateEntered)}</dd>
              </>
            )}
            {entry.eventName && (
              <>
                <dt>CM/ECF event</dt>
                <dd>{entry.eventName}</dd>
              </>
            )}
            <dt>Docket</dt>
            <dd>
              {docket.label} · <span className="mono">{docket.number}</span>
            </dd>
          </dl>
          {events.map((e) => (
            <div key={e.id} className="event-detail">
              <strong>{describeEvent(e)}</strong> — defendants {e.defendants.join(', ')}
              {e.provenance.source === 'docket' && e.provenance.classifier && (
                <span className="muted">
                  {' '}
                  · read by rule {e.provenance.classifier.rule}, confidence{' '}
                  {Math.round(e.provenance.classifier.confidence * 100)}%
                </span>
              )}
            </div>
          ))}
        </div>
      )}
    </li>
  );
}
