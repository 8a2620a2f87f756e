/** Opening the store from the command line: a failure is one line naming the database and a hint. */
import { DEFAULT_SQLITE_PATH, type OpenedStore, openStore } from '../store/db.ts';
import { CliError } from './io.ts';

const HINT = 'choose another with --db PATH or PRETRIAL_DATABASE_URL';

/** The store at `--db`, `PRETRIAL_DATABASE_URL` or the default SQLite file, migrated. */
export async function openCliStore(db: string | undefined): Promise<OpenedStore> {
  const url = db ?? process.env.PRETRIAL_DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  try {
    return await openStore(url);
  } catch (e) {
    throw new CliError(storeOpenProblem(url, e));
  }
}

/** One line saying why the database at `url` could not be opened, and what to do. */
export function storeOpenProblem(url: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? '';
  if (/^postgres(ql)?:/i.test(url)) {
    const shown = url.replace(/\/\/[^@/]*@/, '//');
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT')
      return `cannot reach PostgreSQL at ${shown} (${code}): is the server running? Or ${HINT}`;
    return `cannot open the PostgreSQL database at ${shown}: ${err.message}`;
  }
  const where = `the database at ${url}`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM')
    return `cannot open ${where}: permission denied on the file or its directory; ${HINT}`;
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY'))
    return `cannot open ${where}: the file or its directory is read-only; ${HINT}`;
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return `cannot open ${where}: part of the path is a file, not a directory; ${HINT}`;
  if (code.startsWith('SQLITE_CANTOPEN'))
    return `cannot open ${where}: the file cannot be created or opened there (a missing or read-only directory?); ${HINT}`;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return `cannot open ${where}: it is not a pretrial SQLite database (${code}); ${HINT}`;
  return `cannot open ${where}: ${err.message}`;
}
