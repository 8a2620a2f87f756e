import { useState } from 'react';
import { useLocation } from 'wouter';
import { type ApiError, upload } from '../api.ts';
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

  const send = async (file: File) => {
    setError(null);
    setProgress(0);
    try {
      const result = await upload<ImportResult>('/api/v1/imports', file, setProgress);
      navigate(`/cases/${result.id}`);
    } catch (e) {
      setError(e as ApiError);
      setProgress(null);
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
        <div
          className="progress"
          role="progressbar"
          aria-valuenow={Math.round(progress * 100)}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div style={{ width: `${Math.round(progress * 100)}%` }} />
          <span>{progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : 'Reading the docket…'}</span>
        </div>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}
