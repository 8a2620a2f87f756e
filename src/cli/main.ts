/** The `pretrial` command line. Each command is a function returning an exit code. */
import { Command, CommanderError } from 'commander';
import { daysCommand } from './commands/days.ts';
import { demoCommand } from './commands/demo.ts';
import { importCommand } from './commands/import.ts';
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
    .command('import')
    .description('read a docket (PACER HTML, CourtListener or RECAP JSON) into a case file and summarise it')
    .argument('<file>', 'a saved PACER Docket Report or Docket History page, or CourtListener / RECAP JSON')
    .option('--from <format>', 'pacer | pacer-history | courtlistener | recap (default: detected)')
    .option('-o, --output <case-file>', 'write the case file here (only when the import succeeds)')
    .option('--court <id>', 'PACER court id, when the page does not name its court')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts) => setCode(importCommand(file, opts, out)));

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
