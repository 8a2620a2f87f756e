export * from './catalog.ts';
export * from './checks.ts';
export * from './grounds.ts';
export * from './hearing.ts';
export * from './history.ts';
export * from './schema.ts';
