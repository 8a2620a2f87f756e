import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';

/** An app on a fresh in-memory store. */
export async function testApp(): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const store = await openStore(':memory:');
  const app = await buildApp({ store: new CaseStore(store.db), actor: 'test clerk' });
  return {
    app,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
