/**
 * Source of the supervisor: a tiny Node.js program, run with `node -e`, that starts one
 * command and makes sure it never outlives the process that started the supervisor.
 *
 * Arguments: `<grace ms> <command> [args...]`. The command shares the supervisor's stdout and
 * stderr. The supervisor reports on file descriptor 3, one JSON object per line:
 * `{"event":"spawn","pid":123}` or `{"event":"error","code":"ENOENT","message":"..."}`.
 *
 * It stops the command (SIGTERM, then SIGKILL after the grace period) when its stdin ends —
 * because the parent asked, or because the parent died and the OS closed the pipe — or when
 * it gets SIGTERM, SIGINT or SIGHUP. It exits once the command has exited, with its code.
 */
export const SUPERVISOR_SCRIPT = `
'use strict';
const { spawn } = require('node:child_process');
const { writeSync } = require('node:fs');
const [graceMs, command, ...args] = process.argv.slice(1);
const report = (message) => {
  try { writeSync(3, JSON.stringify(message) + '\\n'); } catch {}
};
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), Number(graceMs)).unref();
};
child.on('spawn', () => report({ event: 'spawn', pid: child.pid }));
child.on('error', (error) => {
  report({ event: 'error', code: error.code, message: error.message });
  process.exit(127);
});
child.on('exit', (code) => process.exit(code ?? 1));
process.on('uncaughtException', () => {
  child.kill('SIGKILL');
  process.exit(1);
});
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);
process.stdin.on('end', stop).on('close', stop).on('error', stop).resume();
`;
