import { spawn, type ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { OutputTail } from './output-tail.js';
import { SUPERVISOR_SCRIPT } from './supervisor-script.js';

/** How a process ended. */
export interface ExitStatus {
  /** The exit code, or `null` if the process was killed by a signal or never started. */
  readonly code: number | null;
  /** The signal that killed the process, if any. */
  readonly signal: NodeJS.Signals | null;
}

/** Options of {@link SupervisedProcess.start}. */
export interface SupervisedProcessOptions {
  /** How long to wait after SIGTERM before SIGKILL, in ms (default 5000). */
  readonly graceMs?: number;
  /** Working folder of the command (default: this process's). */
  readonly cwd?: string;
}

type SupervisorReport =
  | { readonly event: 'spawn'; readonly pid: number }
  | { readonly event: 'error'; readonly code?: string; readonly message: string };

/** Extra time, beyond the grace period, before `stop()` kills everything itself. */
const FORCE_KILL_AFTER_MS = 3000;

/**
 * A command run through a supervisor process (see {@link SUPERVISOR_SCRIPT}) so that it never
 * outlives this process: the supervisor stops it when this process calls `stop()`, exits or is
 * killed, even with SIGKILL. Neither keeps this process's event loop alive once started.
 */
export class SupervisedProcess {
  private status: ExitStatus | undefined;
  private readonly output = new OutputTail();
  private readonly exited: Promise<ExitStatus>;
  private commandPid = 0;

  private constructor(
    private readonly supervisor: ChildProcess,
    private readonly graceMs: number,
  ) {
    this.exited = new Promise((resolve) => {
      const settle = (code: number | null, signal: NodeJS.Signals | null): void =>
        resolve((this.status ??= { code, signal }));
      supervisor.once('exit', settle);
      // A supervisor that could not be spawned at all never emits 'exit'.
      supervisor.on('error', () => {
        if (supervisor.pid === undefined) settle(null, null);
      });
    });
    supervisor.stdout?.on('data', (chunk: Buffer) => this.output.append(chunk));
    supervisor.stderr?.on('data', (chunk: Buffer) => this.output.append(chunk));
    for (const stream of supervisor.stdio) {
      stream?.on('error', () => undefined);
      if (stream instanceof Socket) stream.unref();
    }
  }

  /**
   * Starts `command` under a new supervisor; resolves once the command is running.
   * @throws an `Error` with the OS `code` (such as `'ENOENT'`) if the command cannot be spawned.
   */
  static async start(
    command: string,
    args: readonly string[],
    options: SupervisedProcessOptions = {},
  ): Promise<SupervisedProcess> {
    const graceMs = options.graceMs ?? 5000;
    const supervisor = spawn(
      process.execPath,
      ['-e', SUPERVISOR_SCRIPT, '--', String(graceMs), command, ...args],
      { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], windowsHide: true },
    );
    const supervised = new SupervisedProcess(supervisor, graceMs);
    try {
      supervised.commandPid = await supervised.spawnReport(command);
    } catch (error) {
      await supervised.stop();
      throw error;
    }
    supervisor.unref();
    return supervised;
  }

  /** Pid of the supervised command (not of the supervisor). */
  get pid(): number {
    return this.commandPid;
  }

  /** How the supervisor ended, or `undefined` while it runs. */
  get exitStatus(): ExitStatus | undefined {
    return this.status;
  }

  /** The last few thousand characters the command wrote to stdout and stderr. */
  get outputTail(): string {
    return this.output.toString();
  }

  /**
   * Stops the command (SIGTERM, then SIGKILL after the grace period) and resolves once it and
   * its supervisor have exited. Safe to call more than once.
   */
  async stop(): Promise<void> {
    if (this.status === undefined) {
      this.supervisor.ref();
      this.supervisor.stdin?.end();
    }
    let forced = false;
    const timer = setTimeout(() => {
      forced = true;
      this.supervisor.kill('SIGKILL');
      killQuietly(this.commandPid);
    }, this.graceMs + FORCE_KILL_AFTER_MS);
    await this.exited.finally(() => clearTimeout(timer));
    if (forced) await waitUntilGone(this.commandPid);
  }

  private spawnReport(command: string): Promise<number> {
    const control = this.supervisor.stdio[3] as Readable;
    return new Promise((resolve, reject) => {
      let received = '';
      control.on('data', (chunk: Buffer) => {
        received += chunk.toString();
        const end = received.indexOf('\n');
        if (end < 0) return;
        const report = JSON.parse(received.slice(0, end)) as SupervisorReport;
        if (report.event === 'spawn') resolve(report.pid);
        else reject(Object.assign(new Error(report.message), { code: report.code }));
      });
      this.supervisor.once('error', reject);
      this.supervisor.once('close', () => {
        reject(new Error(`The supervisor of '${command}' exited early:\n${this.outputTail}`));
      });
    });
  }
}

function killQuietly(pid: number): void {
  if (pid <= 0) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function waitUntilGone(pid: number, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pid > 0 && isRunning(pid) && Date.now() < deadline) await delay(20);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
