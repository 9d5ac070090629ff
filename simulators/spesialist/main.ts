/**
 * `npm run spes-sim -- --port P --data-dir D`: the simulated specialist service on its own. When it listens it
 * prints exactly one line on stdout, `listening on http://127.0.0.1:PORT`, which callers wait for; diagnostics go
 * to stderr. SIGINT and SIGTERM close the database cleanly.
 */
import { parseCliOptions, USAGE, UsageError } from './cli-options';
import { startSpesialist } from './spesialist';

async function main(): Promise<void> {
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const service = await startSpesialist({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
  const stop = (): void => {
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`listening on ${service.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
