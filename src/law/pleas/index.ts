export * from './advisements.ts';
export * from './offers.ts';
export * from './schema.ts';
