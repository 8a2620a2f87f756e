import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { type ApiError, CANCELED, upload } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';

interface ImportResult {
  id: string;
  docketEntries: number;
  events: number;
  defendants: number;
  warnings: string[];
}

export function ImportPage() {
  const [, navigate] = useLocation();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dragging, setDragging] = useState(false);
  const [canceled, setCanceled] = useState(false);
  // Seconds since the upload ended and the server began reading the docket.
  const [reading, setReading] = useState<number | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (progress === null || progress < 1) return setReading(null);
    const started = Date.now();
    setReading(0);
    const timer = setInterval(() => setReading(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [progress]);
  // Leaving the page cancels an import still under way.
  useEffect(() => () => inFlight.current?.abort(), []);

  const send = async (file: File) => {
    inFlight.current?.abort();
    const ctrl = new AbortController();
    inFlight.current = ctrl;
    setError(null);
    setCanceled(false);
    setProgress(0);
    try {
      const result = await upload<ImportResult>('/api/v1/imports', file, setProgress, ctrl.signal);
      navigate(`/cases/${result.id}`);
    } catch (e) {
      if (ctrl.signal.aborted || (e as ApiError).body?.error === CANCELED) setCanceled(true);
      else setError(e as ApiError);
      setProgress(null);
    } finally {
      if (inFlight.current === ctrl) inFlight.current = null;
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section>
      <h1>Import a docket</h1>
      <p className="muted">
        A PACER docket report or docket history (HTML, as saved from the browser), or a CourtListener docket
        (JSON). Every entry is kept verbatim; events are read from the text with the words they come from.
      </p>
      <label
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void send(file);
        }}
      >
        <input
          ref={input}
          type="file"
          accept=".html,.htm,.json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void send(file);
          }}
        />
        <span>Drop a file here, or click to choose one</span>
      </label>
      {progress !== null && (
        <div className="progress-wrap">
          <span id="import-progress-label" data-testid="import-progress">
            {progress < 1
              ? `Uploading… ${Math.round(progress * 100)}%`
              : `Reading the docket… ${reading ?? 0} s`}
          </span>
          <div
            className="progress"
            role="progressbar"
            aria-labelledby="import-progress-label"
            aria-valuenow={Math.round(progress * 100)}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        </div>
      )}
      {progress !== null && (
        <button
          type="button"
          className="secondary"
          data-testid="import-cancel"
          onClick={() => inFlight.current?.abort()}
        >
          Cancel the import
        </button>
      )}
      {canceled && (
        <p className="muted" role="status" data-testid="import-canceled">
          Import canceled: nothing was stored.
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}
