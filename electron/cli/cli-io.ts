/** Where the CLI writes: the tsx entry passes process streams, Electron's main its own, tests a buffer. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}
