/**
 * The case repository: the canonical case file in, the canonical case file out. Every write validates the
 * whole resulting case file first and runs in one transaction, so nothing is stored half-way; every change
 * appends to the audit log who did it, when, and the record before and after.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  type CaseFile,
  Event,
  mergeReimport,
  type ValidationIssue,
  validateCaseFile,
} from '../case/index.ts';
import { jsonPath } from '../case/validate.ts';
import type { Database } from './schema.ts';

export type StoreErrorKind = 'notFound' | 'conflict' | 'invalid';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export interface Actor {
  name: string;
}

export interface CaseSummary {
  id: string;
  court: string;
  district: string;
  docketNumber: string;
  caption: string;
  fictional: boolean;
  defendants: number;
  docketEntries: number;
  events: number;
  version: number;
  updatedAt: string;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  action: string;
  caseId: string | null;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** A stable, URL-safe id for a case: court and docket number, e.g. `nyed-1-26-cr-00117`. */
export function caseIdFor(file: Pick<CaseFile, 'case'>): string {
  return `${file.case.court}-${file.case.docketNumber}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

const LISTS = ['defendants', 'counts', 'docketEntries', 'events'] as const;

function headerOf(file: CaseFile): Record<string, unknown> {
  const header: Record<string, unknown> = { ...file };
  for (const key of LISTS) delete header[key];
  return header;
}

function validated(input: unknown): CaseFile {
  const result = validateCaseFile(input);
  if (!result.ok) throw new StoreError('invalid', 'the case file is not valid', result.issues);
  return result.caseFile;
}

export class CaseStore {
  private readonly listeners = new Set<(caseId: string) => void>();

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /**
   * Call `listener` with the case's id after every committed change of a case record (created, replaced,
   * re-imported, an event added, changed or removed, deleted), from any caller: the monitoring service compiles
   * the conditions in force again when a monitored person's case changes. Returns the unsubscribe function.
   */
  onChange(listener: (caseId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The result of a committed change, after telling the listeners (a listener's failure is not the writer's). */
  private async committed<T>(caseId: string, change: Promise<T>): Promise<T> {
    const result = await change;
    for (const l of this.listeners) {
      try {
        l(caseId);
      } catch {
        // A listener reports its own failures; the change is stored either way.
      }
    }
    return result;
  }

  async listCases(): Promise<CaseSummary[]> {
    const rows = await this.db
      .selectFrom('cases')
      .selectAll()
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute();
    const counts = async (table: 'defendants' | 'docket_entries' | 'events') => {
      const r = await this.db
        .selectFrom(table)
        .select(['case_id', (eb) => eb.fn.countAll<string | number>().as('n')])
        .groupBy('case_id')
        .execute();
      return new Map(r.map((x) => [x.case_id, Number(x.n)]));
    };
    const [defendants, entries, events] = await Promise.all([
      counts('defendants'),
      counts('docket_entries'),
      counts('events'),
    ]);
    return rows.map((row) => {
      const header = JSON.parse(row.header) as Pick<CaseFile, 'case'>;
      return {
        id: row.id,
        court: row.court,
        district: header.case.district,
        docketNumber: row.docket_number,
        caption: row.caption,
        fictional: header.case.fictional,
        defendants: defendants.get(row.id) ?? 0,
        docketEntries: entries.get(row.id) ?? 0,
        events: events.get(row.id) ?? 0,
        version: row.version,
        updatedAt: row.updated_at,
      };
    });
  }

  async getCase(id: string): Promise<{ caseFile: CaseFile; version: number } | undefined> {
    return this.read(this.db, id);
  }

  private async read(db: Db | Trx, id: string): Promise<{ caseFile: CaseFile; version: number } | undefined> {
    const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const [defendants, counts, entries, events] = await Promise.all([
      db.selectFrom('defendants').select('data').where('case_id', '=', id).orderBy('number').execute(),
      db.selectFrom('counts').select('data').where('case_id', '=', id).orderBy('seq').execute(),
      db.selectFrom('docket_entries').select('data').where('case_id', '=', id).orderBy('seq').execute(),
      db.selectFrom('events').select('data').where('case_id', '=', id).orderBy('seq').execute(),
    ]);
    const parse = (rows: Array<{ data: string }>) => rows.map((r) => JSON.parse(r.data));
    const caseFile = {
      ...JSON.parse(row.header),
      defendants: parse(defendants),
      counts: parse(counts),
      docketEntries: parse(entries),
      events: parse(events),
    } as CaseFile;
    return { caseFile, version: row.version };
  }

  private async mustRead(db: Db | Trx, id: string) {
    const found = await this.read(db, id);
    if (!found) throw new StoreError('notFound', `no case with id "${id}"`);
    return found;
  }

  /** Store a new case; 'conflict' when a case with the same court and docket number exists. */
  async createCase(input: unknown, actor: Actor): Promise<{ id: string; caseFile: CaseFile }> {
    const file = validated(input);
    const id = caseIdFor(file);
    return this.committed(
      id,
      this.db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('cases').select('id').where('id', '=', id).executeTakeFirst();
        if (existing)
          throw new StoreError(
            'conflict',
            `a case ${file.case.district} ${file.case.docketNumber} already exists (id "${id}")`,
          );
        const at = this.now();
        await trx
          .insertInto('cases')
          .values({
            id,
            court: file.case.court,
            docket_number: file.case.docketNumber,
            caption: file.case.caption,
            header: JSON.stringify(headerOf(file)),
            version: 1,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await this.insertLists(trx, id, file);
        await writeAudit(trx, {
          actor,
          action: 'case.create',
          caseId: id,
          entityType: 'case',
          entityId: id,
          before: null,
          after: summaryOf(file),
          at,
        });
        return { id, caseFile: file };
      }),
    );
  }

  /** Replace a case's whole record (a sealed flag set, a record edited as a whole). */
  async replaceCase(id: string, input: unknown, actor: Actor, action = 'case.replace'): Promise<CaseFile> {
    return this.replaceWith(id, () => input, actor, action);
  }

  /**
   * The case's docket imported again (`mergeReimport`): the docket's parts from the import, the hand-entered
   * events, the clerk's seals and the plea offers kept. Read, merged and written in one transaction, so a change
   * made meanwhile is not lost.
   */
  async reimportCase(id: string, imported: CaseFile, actor: Actor): Promise<CaseFile> {
    return this.replaceWith(id, (existing) => mergeReimport(existing, imported), actor, 'case.import');
  }

  private async replaceWith(
    id: string,
    next: (existing: CaseFile) => unknown,
    actor: Actor,
    action: string,
  ): Promise<CaseFile> {
    return this.committed(
      id,
      this.db.transaction().execute(async (trx) => {
        const before = await this.mustRead(trx, id);
        const file = validated(next(before.caseFile));
        if (caseIdFor(file) !== id) {
          throw new StoreError('invalid', 'the case file is for another case', [
            { path: '$.case', message: `court and docket number give id "${caseIdFor(file)}", not "${id}"` },
          ]);
        }
        const at = this.now();
        for (const table of ['defendants', 'counts', 'docket_entries', 'events'] as const) {
          await trx.deleteFrom(table).where('case_id', '=', id).execute();
        }
        await this.insertLists(trx, id, file);
        await trx
          .updateTable('cases')
          .set({
            caption: file.case.caption,
            header: JSON.stringify(headerOf(file)),
            version: before.version + 1,
            updated_at: at,
          })
          .where('id', '=', id)
          .execute();
        await writeAudit(trx, {
          actor,
          action,
          caseId: id,
          entityType: 'case',
          entityId: id,
          before: summaryOf(before.caseFile),
          after: summaryOf(file),
          at,
        });
        return file;
      }),
    );
  }

  /** The people enrolled in location monitoring in a case (a case with any cannot be deleted). */
  async monitoredPeople(caseId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('monitoring_enrollments')
      .select('person_id')
      .where('case_id', '=', caseId)
      .orderBy('person_id')
      .execute();
    return rows.map((r) => r.person_id);
  }

  async deleteCase(id: string, actor: Actor): Promise<void> {
    await this.committed(
      id,
      this.db.transaction().execute(async (trx) => {
        const before = await this.mustRead(trx, id);
        for (const table of ['defendants', 'counts', 'docket_entries', 'events'] as const) {
          await trx.deleteFrom(table).where('case_id', '=', id).execute();
        }
        await trx.deleteFrom('cases').where('id', '=', id).execute();
        await writeAudit(trx, {
          actor,
          action: 'case.delete',
          caseId: id,
          entityType: 'case',
          entityId: id,
          before: summaryOf(before.caseFile),
          after: null,
          at: this.now(),
        });
      }),
    );
  }

  /** Add an event; the whole case is re-validated with it (its defendants, entry and references must exist). */
  async addEvent(id: string, input: unknown, actor: Actor): Promise<Event> {
    const event = parseEvent(input);
    return this.committed(
      id,
      this.db.transaction().execute(async (trx) => {
        const { caseFile, version } = await this.mustRead(trx, id);
        if (caseFile.events.some((e) => e.id === event.id)) {
          throw new StoreError('conflict', `event id "${event.id}" already exists in this case`);
        }
        const next = validatedEdit(
          { ...caseFile, events: [...caseFile.events, event] },
          caseFile.events.length,
        );
        const seq = await this.nextSeq(trx, 'events', id);
        await trx
          .insertInto('events')
          .values(eventRow(id, seq, next.events.at(-1)!))
          .execute();
        await this.touch(trx, id, version);
        await writeAudit(trx, {
          actor,
          action: 'event.add',
          caseId: id,
          entityType: 'event',
          entityId: event.id,
          before: null,
          after: event,
          at: this.now(),
        });
        return next.events.at(-1)!;
      }),
    );
  }

  async updateEvent(id: string, eventId: string, input: unknown, actor: Actor): Promise<Event> {
    const event = parseEvent(input);
    if (event.id !== eventId) {
      throw new StoreError('invalid', 'the event id cannot change', [
        { path: '$.id', message: `expected "${eventId}", got "${event.id}"` },
      ]);
    }
    return this.committed(
      id,
      this.db.transaction().execute(async (trx) => {
        const { caseFile, version } = await this.mustRead(trx, id);
        const index = caseFile.events.findIndex((e) => e.id === eventId);
        if (index < 0) throw new StoreError('notFound', `no event "${eventId}" in case "${id}"`);
        const events = caseFile.events.slice();
        const before = events[index];
        events[index] = event;
        const next = validatedEdit({ ...caseFile, events }, index);
        const updated = next.events[index]!;
        await trx
          .updateTable('events')
          .set({ kind: updated.kind, date: updated.date, data: JSON.stringify(updated) })
          .where('case_id', '=', id)
          .where('id', '=', eventId)
          .execute();
        await this.touch(trx, id, version);
        await writeAudit(trx, {
          actor,
          action: 'event.update',
          caseId: id,
          entityType: 'event',
          entityId: eventId,
          before,
          after: updated,
          at: this.now(),
        });
        return updated;
      }),
    );
  }

  async deleteEvent(id: string, eventId: string, actor: Actor): Promise<void> {
    await this.committed(
      id,
      this.db.transaction().execute(async (trx) => {
        const { caseFile, version } = await this.mustRead(trx, id);
        const before = caseFile.events.find((e) => e.id === eventId);
        if (!before) throw new StoreError('notFound', `no event "${eventId}" in case "${id}"`);
        const result = validateCaseFile({
          ...caseFile,
          events: caseFile.events.filter((e) => e.id !== eventId),
        });
        if (!result.ok) {
          throw new StoreError(
            'conflict',
            `other records refer to event "${eventId}"; change them first`,
            result.issues,
          );
        }
        await trx.deleteFrom('events').where('case_id', '=', id).where('id', '=', eventId).execute();
        await this.touch(trx, id, version);
        await writeAudit(trx, {
          actor,
          action: 'event.delete',
          caseId: id,
          entityType: 'event',
          entityId: eventId,
          before,
          after: null,
          at: this.now(),
        });
      }),
    );
  }

  async auditLog(caseId?: string, limit = 200): Promise<AuditRecord[]> {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit);
    if (caseId) q = q.where('case_id', '=', caseId);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at,
      actor: r.actor,
      action: r.action,
      caseId: r.case_id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));
  }

  private async insertLists(trx: Trx, id: string, file: CaseFile): Promise<void> {
    await inChunks(
      file.defendants.map((d) => ({ case_id: id, number: d.number, name: d.name, data: JSON.stringify(d) })),
      (rows) => trx.insertInto('defendants').values(rows).execute(),
    );
    await inChunks(
      file.counts.map((c, seq) => ({
        case_id: id,
        id: c.id,
        seq,
        defendant: c.defendant,
        data: JSON.stringify(c),
      })),
      (rows) => trx.insertInto('counts').values(rows).execute(),
    );
    await inChunks(
      file.docketEntries.map((e, seq) => ({
        case_id: id,
        id: e.id,
        seq,
        number: e.number,
        date_filed: e.dateFiled,
        data: JSON.stringify(e),
      })),
      (rows) => trx.insertInto('docket_entries').values(rows).execute(),
    );
    await inChunks(
      file.events.map((e, seq) => eventRow(id, seq, e)),
      (rows) => trx.insertInto('events').values(rows).execute(),
    );
  }

  private async nextSeq(trx: Trx, table: 'events', id: string): Promise<number> {
    const row = await trx
      .selectFrom(table)
      .select((eb) => eb.fn.max('seq').as('max'))
      .where('case_id', '=', id)
      .executeTakeFirst();
    return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
  }

  private async touch(trx: Trx, id: string, version: number): Promise<void> {
    await trx
      .updateTable('cases')
      .set({ version: version + 1, updated_at: this.now() })
      .where('id', '=', id)
      .execute();
  }
}

/** Multi-row inserts in chunks that stay under both engines' bound-parameter limits. */
async function inChunks<T>(rows: T[], insert: (rows: T[]) => Promise<unknown>, size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

function eventRow(caseId: string, seq: number, e: Event) {
  return { case_id: caseId, id: e.id, seq, kind: e.kind, date: e.date, data: JSON.stringify(e) };
}

function summaryOf(file: CaseFile) {
  return {
    case: file.case,
    defendants: file.defendants.length,
    counts: file.counts.length,
    docketEntries: file.docketEntries.length,
    events: file.events.length,
  };
}

function parseEvent(input: unknown): Event {
  const parsed = Event.safeParse(input);
  if (!parsed.success) {
    throw new StoreError(
      'invalid',
      'the event is not valid',
      parsed.error.issues.map((i) => ({
        path: jsonPath(i.path),
        message: i.message.replace(/^Invalid input: /, ''),
      })),
    );
  }
  return parsed.data;
}

/** Validate a case after editing one event; problems are reported relative to that event where they are. */
function validatedEdit(file: CaseFile, index: number): CaseFile {
  const result = validateCaseFile(file);
  if (result.ok) return result.caseFile;
  const prefix = `$.events[${index}]`;
  const issues = result.issues.map((i) =>
    i.path.startsWith(prefix) ? { ...i, path: `$${i.path.slice(prefix.length)}` } : i,
  );
  throw new StoreError('invalid', 'the event does not fit the case', issues);
}

export interface AuditRow {
  actor: Actor;
  action: string;
  caseId: string | null;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: string;
}

/** Append one row to the audit log, inside the caller's transaction (the log is append-only). */
export async function writeAudit(trx: Transaction<Database>, r: AuditRow): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: r.at,
      actor: r.actor.name,
      action: r.action,
      case_id: r.caseId,
      entity_type: r.entityType,
      entity_id: r.entityId,
      before: r.before === null || r.before === undefined ? null : JSON.stringify(r.before),
      after: r.after === null || r.after === undefined ? null : JSON.stringify(r.after),
    })
    .execute();
}
