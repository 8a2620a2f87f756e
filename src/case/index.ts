export * from './conditions.ts';
export * from './events.ts';
export * from './json-schema.ts';
export * from './plea-offers.ts';
export * from './primitives.ts';
export * from './record.ts';
export * from './sentencing-facts.ts';
export * from './validate.ts';
