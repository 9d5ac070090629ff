/** The admin CLI as main runs it; a module of its own so tests can stand in for the whole CLI with one mock. */
export { runCli } from '../cli/run';
