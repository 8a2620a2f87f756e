export * from './case-exposure.ts';
export * from './catalogue.ts';
export * from './citation.ts';
export * from './dated.ts';
export * from './exposure.ts';
export * from './general.ts';
export * from './schema.ts';
export * from './types.ts';
