/** The `pretrial` command line. Each command is a function returning an exit code. */
import { Command, CommanderError } from 'commander';
import { clockCommand } from './commands/clock.ts';
import { daysCommand } from './commands/days.ts';
import { demoCommand } from './commands/demo.ts';
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
    .option('--json', 'print { date, trace, … } as JSON')
    .action((trigger: string, n: string, opts) => setCode(daysCommand(trigger, n, opts, out)));

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
    .command('demo')
    .description('validate and summarise the fictional demo case, United States v. Hale et al.')
    .action(() => setCode(demoCommand(out)));

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
    throw e;
  }
}
