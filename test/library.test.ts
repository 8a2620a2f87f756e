import { describe, expect, it } from 'vitest';
import * as pretrial from '../src/index.ts';

describe('the library entry point', () => {
  it('exports the case record, the calendar, the store and the server', () => {
    for (const name of [
      'parseCaseFile',
      'validateCaseFile',
      'CaseFileShape',
      'computeDeadline',
      'addBusinessDays',
      'findDistrict',
      'openStore',
      'CaseStore',
      'buildApp',
      'buildHaleCaseFile',
    ]) {
      expect(pretrial, name).toHaveProperty(name);
    }
  });

  it('computes a deadline from code as the CLI does', () => {
    expect(pretrial.computeDeadline({ trigger: '2026-11-12', days: 14, district: 'nyed' }).date).toBe(
      '2026-11-27',
    );
  });
});
