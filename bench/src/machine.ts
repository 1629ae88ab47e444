import os from 'node:os';

/** The machine line of the report: cores, CPU model, Node.js version and date. */
export function machineLine(now = new Date()): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus.length} cores, ${model}, Node.js ${process.version}, ${os.platform()} ${os.arch()}, ${now.toISOString().slice(0, 10)}`;
}
