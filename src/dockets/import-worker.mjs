// The thread that imports dockets for the server (src/dockets/pool.ts): the sources are TypeScript, which
// tsx compiles on load, as bin/pretrial.js does for the command line.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { importDockets } = await import('./import.ts');

parentPort.on('message', (job) => {
  let result;
  try {
    result = importDockets(job.inputs, job.options);
  } catch (e) {
    result = {
      ok: false,
      reason: `the import failed: ${e instanceof Error ? e.message : String(e)}`,
      evidence: '',
    };
  }
  parentPort.postMessage({ id: job.id, result });
});
parentPort.postMessage({ ready: true });
