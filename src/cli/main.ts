/** The `pretrial` command line. Each command is a function returning an exit code. */
import { Command, CommanderError } from 'commander';
import { ROLES } from '../server/auth/policy.ts';
import { auditPrune } from './commands/audit.ts';
import { clockCommand } from './commands/clock.ts';
import { daysCommand } from './commands/days.ts';
import { deadlinesCommand } from './commands/deadlines.ts';
import { demoCommand } from './commands/demo.ts';
import { exposureCommand } from './commands/exposure.ts';
import { guidelinesCommand } from './commands/guidelines.ts';
import { importCommand } from './commands/import.ts';
import { serveCommand } from './commands/serve.ts';
import { simulateCommand } from './commands/simulate.ts';
import {
  auditVerify,
  usersAdd,
  usersGrant,
  usersLink,
  usersList,
  usersPassword,
  usersResetMfa,
  usersRevokeToken,
  usersSetDisabled,
  usersToken,
} from './commands/users.ts';
import { validateCommand } from './commands/validate.ts';
import { CliError, consoleOut, type Out } from './io.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(out: Out, setCode: (code: number) => void): Command {
  const program = new Command('pretrial')
    .description('The pretrial phase of U.S. federal criminal cases, as the law defines it.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.log(s.trimEnd()), writeErr: (s) => out.error(s.trimEnd()) });

  program
    .command('validate')
    .description('check a case file: prints OK and a summary, or every problem with its JSON path (exit 1)')
    .argument('<case-file>', 'path to a case file (JSON)')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { json?: boolean }) => setCode(validateCommand(file, opts, out)));

  program
    .command('days')
    .description('the last day of a period under Fed. R. Crim. P. 45(a), with its trace')
    .argument('<trigger-date>', 'the day of the triggering event, YYYY-MM-DD')
    .argument('<n>', 'number of days')
    .option('--backward', 'count backward (a period measured before an event, Rule 45(a)(5))')
    .option('--district <code>', 'court id as PACER writes it (nyed, cacd, dcd, …): adds its state holidays')
    .option(
      '--observed <reading>',
      'observed federal holidays: "counts" (default) or "actual" (only the holiday’s own date)',
    )
    .option(
      '--inauguration',
      'treat Inauguration Day (5 U.S.C. § 6103(c)) as a legal holiday in the D.C. area',
    )
    .option(
      '--inaccessible <date>',
      'a day the clerk’s office was inaccessible (Rule 45(a)(3)); repeatable',
      collect,
    )
    .option('--service', 'add 3 days after the period under Rule 45(c) (service by mail, clerk, other means)')
    .option(
      '--seat <place>',
      'where the court sits (e.g. boston in mad): decides holidays declared for part of a state only',
    )
    .option(
      '--close-calls',
      'also treat doubtful state days as legal holidays (a "legal holiday" on which state offices stay open, or a part-of-state day without --seat)',
    )
    .option('--json', 'print { date, trace, … } as JSON')
    .action((trigger: string, n: string, opts) => setCode(daysCommand(trigger, n, opts, out)));

  program
    .command('deadlines')
    .description(
      'the deadlines that follow from a case’s events (Rules 5.1, 12.1–12.3, 16.1, 29, 32, 33, 34, 35, 47, 59; §§ 3142, 3731; FRAP 4(b)), as of a date',
    )
    .argument('<case-file>', 'path to a case file (JSON)')
    .option('--as-of <date>', 'the day to judge the deadlines from (default: today)')
    .option('--defendant <n>', 'only this defendant')
    .option('--upcoming', 'only deadlines still to come')
    .option('--json', 'print the report as JSON')
    .option('--ics <file>', 'write an iCalendar file instead (deadlines still to come, unless --all)')
    .option('--all', 'with --ics: also the deadlines met, moot or passed')
    .action((file: string, opts) => setCode(deadlinesCommand(file, opts, out)));

  program
    .command('exposure')
    .description(
      'statutory exposure per defendant (floor, ceiling, supervised release, fines, assessments), with plea scenarios beside it',
    )
    .argument('<case-file>', 'path to a case file (JSON)')
    .option('--defendant <n>', 'only this defendant (by number)')
    .option(
      '--plea <counts>',
      'a plea scenario: plead to these counts (comma-separated, e.g. 2s,3s), the rest dismissed',
    )
    .option('--as-of <date>', 'the date of the computation, YYYY-MM-DD (default: today)')
    .option('--sentencing <date>', 'the expected sentencing date, for § 3014 (default: --as-of)')
    .option('--indigent <answer>', 'yes, no or unknown (default): whether § 3014 applies')
    .option(
      '--section-3014 <unit>',
      "how § 3014 is counted: by-circuit (default: the court's circuit's rule), per-count or per-defendant",
    )
    .option('--wide', 'print every column on one line (default: fit 120 columns)')
    .option(
      '--offers <which>',
      'plea offers of the case file to show: open (default: open and accepted), all, none',
    )
    .option('--json', 'print the result as JSON')
    .action((file: string, opts) => setCode(exposureCommand(file, opts, out)));

  program
    .command('guidelines')
    .description(
      'the U.S. Sentencing Guidelines range per defendant and scenario (trial, plea, plea offers), beside the statutory exposure, with the trail of every step',
    )
    .argument('<case-file>', 'path to a case file (JSON) whose defendants carry sentencingFacts')
    .option('--defendant <n>', 'only this defendant (by number)')
    .option('--manual <year>', 'compute under this Manual (2023, 2024, 2025) instead of the § 1B1.11 choice')
    .option('--plea <counts>', 'a plea scenario: plead to these counts (comma-separated), the rest dismissed')
    .option('--as-of <date>', 'the date of the computation, YYYY-MM-DD (default: today)')
    .option('--sentencing <date>', 'the sentencing date (default: the facts’ sentencingDate, else --as-of)')
    .option('--offers <which>', 'plea offers to show: open (default), all, none')
    .option('--trail <which>', 'steps to print: applied (default: all but the not-applicable), all, none')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts) => setCode(guidelinesCommand(file, opts, out)));

  program
    .command('clock')
    .description(
      'the Speedy Trial Act clocks of each defendant (18 U.S.C. §§ 3161, 3164), with ledgers and warnings',
    )
    .argument('<case-file>', 'path to a case file (JSON)')
    .option('--as-of <date>', 'the day to compute the clocks on, YYYY-MM-DD (default: today)')
    .option('--defendant <n>', 'only this defendant (his number in the case)')
    .option('--json', 'print the result object as JSON')
    .option('--what-if <file>', 'hypothetical events (a JSON array of events, or { "events": [...] })')
    .option(
      '--what-if-motion <spec>',
      'a hypothetical motion FILED[:DECIDED][@N,N], e.g. 2026-10-01:2026-10-20@1; repeatable',
      collect,
    )
    .option('--option <name=value>', 'an engine option, e.g. jointTrigger=ownTrigger; repeatable', collect)
    .option('--no-ledger', 'leave out the ledger tables')
    .action((file: string, opts) => setCode(clockCommand(file, opts, out)));

  program
    .command('import')
    .description(
      'read a docket (PACER HTML, CourtListener JSON, RECAP JSON or XML) into a case file and summarize it',
    )
    .argument(
      '<files...>',
      'a saved PACER Docket Report or Docket History page, CourtListener / RECAP JSON, a RECAP docket.xml, or several CourtListener responses (docket, docket-entries, parties, attorneys) that make one docket',
    )
    .option(
      '--from <format>',
      'pacer | pacer-history | courtlistener | recap | recap-xml (default: detected)',
    )
    .option('-o, --output <case-file>', 'write the case file here (only when the import succeeds)')
    .option('--court <id>', 'PACER court id, when the page does not name its court')
    .option('--json', 'print the result as JSON')
    .action((files: string[], opts) => setCode(importCommand(files, opts, out)));

  program
    .command('demo')
    .description('validate and summarize the fictional demo case, United States v. Hale et al.')
    .action(() => setCode(demoCommand(out)));

  program
    .command('serve')
    .description('serve the web app and the REST API (embedded SQLite by default)')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(
      '--db <url-or-path>',
      'PostgreSQL URL or SQLite file (default: $PRETRIAL_DATABASE_URL or data/pretrial.db)',
    )
    .option(
      '--demo',
      'demo mode: load the demo case into an empty store, and one demo account per role (password "demo", no second factor)',
    )
    .option('--tls-cert <file>', 'serve HTTPS with this certificate (PEM); with --tls-key')
    .option('--tls-key <file>', 'the private key of --tls-cert (PEM)')
    .option('--no-build', 'do not build the web UI, even if its sources changed')
    .option('--log', 'log every request')
    .option(
      '--replay-seconds <n>',
      'with --demo: replay the monitoring demo week through the API over this many seconds (0: no replay)',
      '90',
    )
    .option(
      '--replay-clock',
      'run the monitoring engine on the time of replayed data (the Pretrial-Replay-Time header); implied by --demo',
    )
    .action(async (opts) => setCode(await serveCommand(opts, out)));

  program
    .command('simulate')
    .description("replay the demo week of Renee Castell's location monitor through the monitoring engine")
    .option('--json', 'print the alerts (and the ingest counts) as JSON')
    .option('--ndjson', 'print the generated device events as NDJSON instead (one event a line)')
    .option('--seed <n>', 'seed of the simulated fixes (default 20260504)')
    .option(
      '--api <url>',
      'replay the week through a running server’s API instead (uploads as the device sends them, and the officer’s steps)',
    )
    .option('--duration <seconds>', 'with --api: spread the week over this many seconds (default: no pacing)')
    .option(
      '--token <token>',
      'with --api: an API token of an account with the officer and vendor roles (default: $PRETRIAL_API_TOKEN)',
    )
    .action(async (opts) => setCode(await simulateCommand(opts, out)));

  const dbOption = '--db <url-or-path>';
  const dbHelp = 'PostgreSQL URL or SQLite file (default: $PRETRIAL_DATABASE_URL or data/pretrial.db)';
  const users = program
    .command('users')
    .description(
      'accounts, roles, caseload assignments and API tokens (the first administrator is made here)',
    );
  users
    .command('add')
    .description('add an account; the password is read from PRETRIAL_PASSWORD or asked for')
    .argument('<username>')
    .requiredOption('--role <roles>', `comma-separated roles: ${ROLES.join(', ')}`)
    .option('--name <display-name>', 'the name shown on every page')
    .option(
      '--assign <assignment>',
      'what the account may see: court:<id|*>, case:<id>, defendant:<caseId>#<n>, officer:<username>, device:<id|prefix*>; repeatable',
      collect,
    )
    .option(
      '--oidc-subject <sub>',
      'sign in through the OpenID Connect provider as this subject (its `sub` claim); no password is asked unless PRETRIAL_PASSWORD is set',
    )
    .option('--no-password', 'no password (a token-only integration, or OpenID Connect only)')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) =>
      setCode(await usersAdd(username, { ...opts, noPassword: opts.password === false }, out)),
    );
  users
    .command('list')
    .description('every account with its roles, assignments, MFA and lock state')
    .option('--json', 'as JSON')
    .option(dbOption, dbHelp)
    .action(async (opts) => setCode(await usersList(opts, out)));
  users
    .command('disable')
    .description('disable an account (its sessions end at once)')
    .argument('<username>')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) => setCode(await usersSetDisabled(username, true, opts, out)));
  users
    .command('enable')
    .description('enable a disabled account')
    .argument('<username>')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) => setCode(await usersSetDisabled(username, false, opts, out)));
  users
    .command('reset-mfa')
    .description('remove an account’s second factor (it enrols a new one at the next sign-in)')
    .argument('<username>')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) => setCode(await usersResetMfa(username, opts, out)));
  users
    .command('password')
    .description('set an account’s password (from PRETRIAL_PASSWORD or asked for)')
    .argument('<username>')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) => setCode(await usersPassword(username, opts, out)));
  users
    .command('grant')
    .description('give roles (officer) or assignments (defendant:<caseId>#2)')
    .argument('<username>')
    .argument('<grants...>')
    .option(dbOption, dbHelp)
    .action(async (username: string, grants: string[], opts) =>
      setCode(await usersGrant(username, grants, false, opts, out)),
    );
  users
    .command('revoke')
    .description('take away roles or assignments')
    .argument('<username>')
    .argument('<grants...>')
    .option(dbOption, dbHelp)
    .action(async (username: string, grants: string[], opts) =>
      setCode(await usersGrant(username, grants, true, opts, out)),
    );
  users
    .command('link')
    .description(
      'let an account sign in through the OpenID Connect provider as a subject (the provider’s `sub` claim)',
    )
    .argument('<username>')
    .argument('<subject>')
    .option(dbOption, dbHelp)
    .action(async (username: string, subject: string, opts) =>
      setCode(await usersLink(username, subject, opts, out)),
    );
  users
    .command('unlink')
    .description('end an account’s sign-in through the OpenID Connect provider')
    .argument('<username>')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) => setCode(await usersLink(username, null, opts, out)));
  users
    .command('token')
    .description('make an API token for an integration (printed once; stored hashed)')
    .argument('<username>')
    .option('--name <name>', 'what the token is for')
    .option('--scope <policy>', 'limit the token to a policy, e.g. monitoring.ingest; repeatable', collect)
    .option('--days <n>', 'days until it expires (1–366, default 90)')
    .option(dbOption, dbHelp)
    .action(async (username: string, opts) => setCode(await usersToken(username, opts, out)));
  users
    .command('revoke-token')
    .description('revoke an API token by its id')
    .argument('<id>')
    .option(dbOption, dbHelp)
    .action(async (id: string, opts) => setCode(await usersRevokeToken(id, opts, out)));

  const audit = program.command('audit').description('the access audit trail');
  audit
    .command('verify')
    .description('check the hash chain: exit 0 when intact, 1 naming each altered or missing record')
    .option('--json', 'as JSON')
    .option(dbOption, dbHelp)
    .action(async (opts) => setCode(await auditVerify(opts, out)));
  audit
    .command('prune')
    .description(
      'remove records older than the retention (PRETRIAL_AUDIT_RETENTION_DAYS, default 2,555 days; at least 365) through a checkpoint that verify starts from',
    )
    .option('--retention-days <n>', 'days to keep (at least 365)')
    .option('--json', 'as JSON')
    .option(dbOption, dbHelp)
    .action(async (opts) => setCode(await auditPrune(opts, out)));

  return program;
}

export async function main(argv: readonly string[], out: Out = consoleOut): Promise<number> {
  let code = 0;
  const program = buildProgram(out, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      out.error(`pretrial: ${e.message}`);
      return e.exitCode;
    }
    // Anything else is a fault of pretrial, not of the input: one line, and the stack only on request.
    if (process.env.PRETRIAL_DEBUG) throw e;
    const err = e as Error;
    const overflow = err instanceof RangeError && /call stack/i.test(err.message);
    out.error(
      overflow
        ? 'pretrial: the input is nested too deeply to read (the call stack overflowed); please report it with the file, if you can share it'
        : `pretrial: unexpected error: ${err?.message ?? String(e)}`,
    );
    out.error('  (set PRETRIAL_DEBUG=1 to see the stack trace)');
    return 1;
  }
}
