/** Every error leaves the API as `{ error, details[] }` with the right status code; never a stack trace. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeIssue, jsonPath, type ZodIssueLike } from '../case/validate.ts';
import { StoreError } from '../store/cases.ts';
import { tooLarge } from './body-limits.ts';

export const ErrorDetail = z.object({ path: z.string(), message: z.string() }).meta({ id: 'ErrorDetail' });
export const ErrorBody = z.object({ error: z.string(), details: z.array(ErrorDetail) }).meta({
  id: 'Error',
  description: 'An error: what went wrong, and for a bad input, each problem with its JSON path.',
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details: ErrorBody['details'] = [],
  ) {
    super(message);
  }
}

const STORE_STATUS = { notFound: 404, conflict: 409, invalid: 400 } as const;

export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as FastifyError).validationContext ?? 'body';
    const details = error.validation.map((v) => {
      const issue = (v.params as { issue?: ZodIssueLike } | undefined)?.issue;
      // The JSON-pointer form has array indices as text: numbers again, so they print as [1], not ["1"].
      const path =
        issue?.path ??
        v.instancePath
          .split('/')
          .filter(Boolean)
          .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
      return {
        path: jsonPath([part, ...path]).replace(/^\$\.body/, '$'),
        message: issue ? describeIssue(issue) : (v.message ?? 'invalid'),
      };
    });
    reply.code(400).send({ error: `invalid request ${part}`, details });
    return;
  }
  if (error instanceof StoreError) {
    reply.code(STORE_STATUS[error.kind]).send({ error: error.message, details: error.issues });
    return;
  }
  if (error instanceof HttpError) {
    reply.code(error.statusCode).send({ error: error.message, details: error.details });
    return;
  }
  const fe = error as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const route = request.routeOptions;
    reply.code(413).send({
      error: tooLarge(request.method, route.url ?? request.url.split('?')[0] ?? '', route.bodyLimit),
      details: [],
    });
    return;
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const message =
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? `the request body is not valid JSON: ${fe.message}`
        : fe.message;
    reply.code(fe.statusCode).send({ error: message, details: [] });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  reply.code(500).send({ error: 'internal error', details: [] });
}
