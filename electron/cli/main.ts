/** The tsx entry (`npm run cli -- ...`); Electron's main calls runCli itself for `allmenn --cli ...`. */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
