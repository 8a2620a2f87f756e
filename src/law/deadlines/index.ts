export * from './catalog.ts';
export * from './compute.ts';
export * from './facts.ts';
export * from './types.ts';
