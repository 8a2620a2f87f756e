import { ApiError } from '../api.ts';

export function ErrorBox({ error }: { error: Error }) {
  const details = error instanceof ApiError ? error.body.details : [];
  return (
    <div className="error-box" role="alert">
      <strong>{error.message}</strong>
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              <code>{d.path}</code> {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
