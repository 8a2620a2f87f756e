/**
 * The federal judicial districts, for the calendar: the records themselves are case data (`src/case/districts.ts`),
 * read by the case file's validation below the law and by the calendar here.
 */
export * from '../../case/districts.ts';
