/** Where a command writes: stdout and stderr, injected so that tests capture them (the CLI passes the process's). */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
