import { useEffect, useRef, useState } from 'react';
import { longDate, parseDate, parseTime } from '../format.ts';

const HINT = 'Not a date: write it as Dec 7, 2026 or 12/7/2026';

interface DateInputProps {
  /** The date as `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Called with `YYYY-MM-DD` each time the text reads as a whole date. */
  onChange: (iso: string) => void;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * A calendar date shown in the app's one form (`Mon Dec 7, 2026`) rather than the browser's locale form
 * (`12/07/2026`). The person types the date in any common form (`parseDate`) or picks it from the browser's
 * own calendar; the text is rewritten in the app's form when the field loses focus, and text that is not a
 * date stays as typed, marked invalid with a hint, without changing the value.
 */
export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  const [text, setText] = useState(() => (value ? longDate(value) : ''));
  const picker = useRef<HTMLInputElement>(null);
  const shown = useRef(value);
  useEffect(() => {
    // A value set from outside (a button, a reset) replaces the text; the person's own typing does not loop back.
    if (value !== shown.current) {
      shown.current = value;
      setText(value ? longDate(value) : '');
    }
  }, [value]);
  const invalid = text.trim() !== '' && parseDate(text) === null;
  const take = (iso: string) => {
    shown.current = iso;
    if (iso !== value) onChange(iso);
  };
  return (
    <span className="date-input">
      <input
        type="text"
        size={16}
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={invalid || undefined}
        title={invalid ? HINT : 'A date, such as Dec 7, 2026 or 12/7/2026'}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDate(e.target.value);
          if (iso) take(iso);
        }}
        onBlur={() => {
          const iso = parseDate(text);
          if (iso) setText(longDate(iso));
        }}
        {...rest}
      />
      <button
        type="button"
        className="date-picker-button"
        aria-label="Pick from a calendar"
        onClick={() => {
          const el = picker.current;
          if (el && typeof el.showPicker === 'function') el.showPicker();
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-picker-native"
        tabIndex={-1}
        aria-hidden="true"
        value={parseDate(text) ?? value}
        onChange={(e) => {
          const iso = e.target.value;
          if (!iso) return;
          setText(longDate(iso));
          take(iso);
        }}
      />
      {invalid && (
        <span className="error-inline small" role="alert">
          {' '}
          {HINT}
        </span>
      )}
    </span>
  );
}

interface DateTimeInputProps {
  /** `YYYY-MM-DDTHH:MM` (a wall time), or ''. */
  value: string;
  onChange: (value: string) => void;
  label: string;
  'data-testid'?: string;
}

/** A wall-clock date and 24-hour time: the date as `DateInput`, the time as `HH:MM`. */
export function DateTimeInput({ value, onChange, label, ...rest }: DateTimeInputProps) {
  const [date, time] = value ? value.split('T') : ['', ''];
  const [timeText, setTimeText] = useState(time ?? '');
  useEffect(() => setTimeText(time ?? ''), [time]);
  const badTime = timeText.trim() !== '' && parseTime(timeText) === null;
  return (
    <span className="date-time-input" data-testid={rest['data-testid']} data-value={value}>
      <DateInput
        value={date ?? ''}
        onChange={(d) => onChange(`${d}T${parseTime(timeText) ?? '00:00'}`)}
        aria-label={`${label}, date`}
      />{' '}
      <input
        type="text"
        size={5}
        inputMode="numeric"
        autoComplete="off"
        aria-label={`${label}, time (24-hour)`}
        aria-invalid={badTime || undefined}
        title="A 24-hour time, such as 21:30"
        value={timeText}
        onChange={(e) => {
          setTimeText(e.target.value);
          const t = parseTime(e.target.value);
          if (t && date) onChange(`${date}T${t}`);
        }}
      />
    </span>
  );
}
