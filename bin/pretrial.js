#!/usr/bin/env node
// The `pretrial` command. Sources are TypeScript; tsx compiles them on load.
import { register } from 'tsx/esm/api';

// A closed pipe (`pretrial days … | head`) ends the output quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
