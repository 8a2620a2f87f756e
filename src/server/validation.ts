import type { FastifySchemaCompiler } from 'fastify';

/**
 * For bodies the store validates itself (a whole case file, whose cross-references JSON Schema cannot express):
 * the route keeps its schema for the OpenAPI document, and the store reports every problem in one pass.
 */
export const passThroughValidator: FastifySchemaCompiler<unknown> = () => (data) => ({ value: data });
