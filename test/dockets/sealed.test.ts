/** Sealed docket entries as the docket marks them (src/dockets/sealed.ts), on real PACER dockets and on forms. */
import { describe, expect, it } from 'vitest';
import { importDocket } from '../../src/dockets/import.ts';
import { isSealedEntry } from '../../src/dockets/sealed.ts';
import { havePacerData, readPacer } from '../helpers/shared-data.ts';

describe('which entries the docket marks sealed', () => {
  it('sealed filings, access notes and the vault; not a sealed charging instrument, not a restricted document', () => {
    expect(isSealedEntry('SEALED DOCUMENT placed in vault. (rz)')).toBe(true);
    expect(isSealedEntry('SEALED MOTION by USA as to John Doe. (ab) (Entered: 03/02/2021)')).toBe(true);
    expect(isSealedEntry('Summons Issued (Sealed - Attorney) for appearance as to violation Report')).toBe(
      true,
    );
    expect(isSealedEntry('Summons Returned Executed (Sealed - Court) on 07/31/2012')).toBe(true);
    expect(isSealedEntry('', 'Sealed Document')).toBe(true);
    expect(isSealedEntry('SEALED INDICTMENT as to John Doe (1) count(s) 1. (ab)')).toBe(false);
    expect(isSealedEntry('SEALED SUPERSEDING INDICTMENT as to John Doe (1) count(s) 1s.')).toBe(false);
    expect(isSealedEntry('', 'Sealed Indictment')).toBe(false);
    expect(
      isSealedEntry(
        'RESTRICTED Letter as to defendant John Doe. ACCESS TO THE PDF DOCUMENT IS RESTRICTED TO CASE PARTICIPANTS AND THE COURT',
      ),
    ).toBe(false);
    expect(isSealedEntry('ORDER granting Motion to Unseal Case as to John Doe. (ab)')).toBe(false);
    expect(isSealedEntry('Appearance Bond Entered (Restricted) as to John Doe in amount of $ 25,000')).toBe(
      false,
    );
  });

  it.runIf(havePacerData)(
    'the importer marks them in real dockets: ncwd_1 (8), a nysd docket history (6), ned (1)',
    () => {
      const sealed = (rel: string) => {
        const r = importDocket(readPacer(rel));
        if (!r.ok) throw new Error(`${rel} did not import`);
        return r.caseFile.docketEntries.filter((e) => e.sealed).map((e) => e.id);
      };
      expect(sealed('dockets/district/ncwd_1.html')).toEqual([
        'n101-2',
        'n119',
        'n120-2',
        'n121-2',
        'n122-2',
        'n285',
        'n286',
        'n287',
      ]);
      expect(sealed('docket_history_reports/nysd_475766.html')).toEqual([
        'n122',
        'n151',
        'n204',
        'n274',
        'n275',
        'n351',
      ]);
      // "RESTRICTED DOCUMENT … THIS DOCKET ENTRY AND PDF DOCUMENT ARE SEALED PURSUANT TO AN ORDER OF THE COURT".
      expect(sealed('dockets/district/ned.html')).toEqual(['n37']);
    },
  );
});
