import { useState } from 'react';

export interface DefendantChoice {
  number: number;
  name: string;
}

/**
 * The defendant and the plea counts a sentencing section is computed for. It opens on `preferred` (the first
 * defendant with something to show, chosen by the page), else the first defendant.
 */
export function useDefendantPlea(defendants: DefendantChoice[], preferred?: number) {
  const [defendant, setDefendant] = useState(
    defendants.find((d) => d.number === preferred)?.number ?? defendants[0]?.number ?? 1,
  );
  const [plea, setPlea] = useState('');
  return { defendant, setDefendant, plea, setPlea };
}

/** The section's controls: which defendant, and the counts a plea would be to (`2s,3s`). */
export function DefendantPleaControls({
  defendants,
  state,
  pleaLabel,
  placeholder,
}: {
  defendants: DefendantChoice[];
  state: ReturnType<typeof useDefendantPlea>;
  pleaLabel: string;
  placeholder: string;
}) {
  return (
    <div className="controls">
      <label>
        Defendant{' '}
        <select value={state.defendant} onChange={(e) => state.setDefendant(Number(e.target.value))}>
          {defendants.map((x) => (
            <option key={x.number} value={x.number}>
              ({x.number}) {x.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Plead to{' '}
        <input
          value={state.plea}
          onChange={(e) => state.setPlea(e.target.value)}
          placeholder={placeholder}
          size={10}
          aria-label={pleaLabel}
        />
      </label>
    </div>
  );
}
