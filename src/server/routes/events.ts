import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Event } from '../../case/index.ts';
import { ErrorBody } from '../errors.ts';
import { passThroughValidator } from '../validation.ts';

const Params = z.object({ id: z.string().min(1) });
const EventParams = z.object({ id: z.string().min(1), eventId: z.string().min(1) });

export const eventsRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/cases/:id/events', {
    config: { policy: 'case.write' },
    schema: {
      tags: ['events'],
      summary: 'Add an event',
      description:
        'The case is re-validated with the new event: its defendants, docket entry and references must exist.',
      params: Params,
      body: Event,
      response: { 201: Event, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
    },
    validatorCompiler: passThroughValidator,
    handler: async (request, reply) => {
      const event = await app.store.addEvent(request.params.id, request.body, request.actor);
      reply.code(201);
      return event;
    },
  });

  r.put('/cases/:id/events/:eventId', {
    config: { policy: 'case.write' },
    schema: {
      tags: ['events'],
      summary: 'Replace an event',
      params: EventParams,
      body: Event,
      response: { 200: Event, 400: ErrorBody, 404: ErrorBody },
    },
    validatorCompiler: passThroughValidator,
    handler: async (request) =>
      app.store.updateEvent(request.params.id, request.params.eventId, request.body, request.actor),
  });

  r.delete('/cases/:id/events/:eventId', {
    config: { policy: 'case.write' },
    schema: {
      tags: ['events'],
      summary: 'Delete an event',
      params: EventParams,
      response: { 204: z.undefined(), 404: ErrorBody, 409: ErrorBody },
    },
    handler: async (request, reply) => {
      await app.store.deleteEvent(request.params.id, request.params.eventId, request.actor);
      reply.code(204).send();
    },
  });
};
