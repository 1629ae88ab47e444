import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoDBLocal } from '@dokklib/testing';
import { collectGarbage } from '../measure.js';
import { type Spread, spreadOf } from '../spread.js';
import {
  type Backend,
  endpointBackend,
  handlerBackend,
  localBackend,
} from './in-memory-backends.js';
import { membershipRound } from './membership-round.js';

/** How the in-memory benchmark runs. */
export interface InMemorySettings {
  /** Rounds of the consumer test per backend (after `warmupRounds` uncounted ones). */
  readonly rounds: number;
  readonly warmupRounds: number;
  /** Cold starts of the handler and the endpoint, each in a fresh process. */
  readonly startUps: number;
  /** DynamoDB Local starts timed besides the benchmark's own (each takes seconds; one at least without it). */
  readonly extraLocalStarts: number;
}

export const FULL_IN_MEMORY: InMemorySettings = {
  rounds: 41,
  warmupRounds: 3,
  startUps: 15,
  extraLocalStarts: 2,
};
export const QUICK_IN_MEMORY: InMemorySettings = {
  rounds: 9,
  warmupRounds: 1,
  startUps: 5,
  extraLocalStarts: 0,
};
export const SMOKE_IN_MEMORY: InMemorySettings = {
  rounds: 1,
  warmupRounds: 0,
  startUps: 1,
  extraLocalStarts: 0,
};

/** One backend's figures. */
export interface InMemoryResult {
  readonly name: string;
  /** From creating (or starting) it to its first answer, in ms. */
  readonly startMs: Spread;
  /** Loading `@dokklib/testing/in-memory` in a fresh process after the SDK, in ms (in-memory rows only). */
  readonly loadMs?: Spread;
  /** Wall time per request of the consumer test, in µs. */
  readonly perRequestUs: Spread;
  /** DynamoDB Local's time per request over this backend's, round by round. */
  readonly fasterThanLocal: Spread;
  /**
   * DynamoDB's side of a request, in µs: the handler's own answering time; for the HTTP
   * backends their time per request less the client's side (the handler's time per request
   * less its answering time, in the same round).
   */
  readonly dynamoDBSideUs: Spread;
  /** DynamoDB Local's side of a request over this backend's, round by round. */
  readonly sideFasterThanLocal: Spread;
  /** Requests one round of the consumer test sends. */
  readonly requests: number;
}

/**
 * The same consumer test (the membership service's) against the in-memory request handler,
 * the in-memory endpoint and DynamoDB Local at `localEndpoint`, in turns round by round;
 * and the start-up of each (`localStartMs`: the benchmark's own start of DynamoDB Local).
 */
export async function runInMemory(
  localEndpoint: string,
  localStartMs: number | undefined,
  settings: InMemorySettings,
): Promise<InMemoryResult[]> {
  const backends = [handlerBackend(), await endpointBackend(), localBackend(localEndpoint)];
  try {
    const times = await perRequestTimes(backends, settings);
    const local = times[2] as Sample[];
    const starts = [childStarts('handler', settings), childStarts('endpoint', settings)];
    const localStarts = [
      ...(localStartMs === undefined ? [] : [localStartMs]),
      ...(await timedLocalStarts(
        Math.max(settings.extraLocalStarts, localStartMs === undefined ? 1 : 0),
      )),
    ];
    const clientUs = (times[0] as Sample[]).map(
      (sample) => perRequest(sample) - answeringPerRequest(sample),
    );
    const side = (i: number, round: number): number => {
      const sample = (times[i] as Sample[])[round] as Sample;
      return i === 0
        ? answeringPerRequest(sample)
        : perRequest(sample) - (clientUs[round] as number);
    };
    const sides = times.map((samples, i) => samples.map((_, round) => side(i, round)));
    return backends.map((backend, i) => ({
      name: backend.name,
      startMs: spreadOf(i < 2 ? (starts[i] as ChildStart[]).map((s) => s.startMs) : localStarts),
      ...(i < 2 ? { loadMs: spreadOf((starts[i] as ChildStart[]).map((s) => s.loadMs)) } : {}),
      perRequestUs: spreadOf((times[i] as Sample[]).map(perRequest)),
      fasterThanLocal: spreadOf(
        (times[i] as Sample[]).map(
          (sample, round) => perRequest(local[round] as Sample) / perRequest(sample),
        ),
      ),
      dynamoDBSideUs: spreadOf(sides[i] as number[]),
      sideFasterThanLocal: spreadOf(
        (sides[i] as number[]).map((us, round) => ((sides[2] as number[])[round] as number) / us),
      ),
      requests: (times[i] as Sample[])[0]?.requests ?? 0,
    }));
  } finally {
    await Promise.all(backends.map((backend) => backend.stop()));
  }
}

interface Sample {
  readonly ms: number;
  readonly requests: number;
  /** The handler's answering time in the round, in ms (the handler backend only). */
  readonly answeringMs: number;
}

const perRequest = (sample: Sample): number => (sample.ms * 1000) / sample.requests;
const answeringPerRequest = (sample: Sample): number =>
  (sample.answeringMs * 1000) / sample.requests;

/** Each backend's rounds, taken in turns (the first backend rotating) so drift hits all alike. */
async function perRequestTimes(
  backends: Backend[],
  settings: InMemorySettings,
): Promise<Sample[][]> {
  const samples: Sample[][] = backends.map(() => []);
  for (let round = -settings.warmupRounds; round < settings.rounds; round += 1) {
    for (let turn = 0; turn < backends.length; turn += 1) {
      const index = (Math.max(round, 0) + turn) % backends.length;
      const sample = await oneRound(backends[index] as Backend);
      if (round >= 0) (samples[index] as Sample[]).push(sample);
    }
  }
  return samples;
}

async function oneRound(backend: Backend): Promise<Sample> {
  collectGarbage();
  const ms = await membershipRound(backend.client, () => {
    backend.requests.reset();
    backend.answering?.reset();
  });
  return {
    ms,
    requests: backend.requests.count(),
    answeringMs: backend.answering?.totalMs() ?? 0,
  };
}

interface ChildStart {
  readonly loadMs: number;
  readonly startMs: number;
}

/** Cold starts of the handler or the endpoint, each in a fresh node process. */
function childStarts(mode: 'handler' | 'endpoint', settings: InMemorySettings): ChildStart[] {
  const program = path.join(__dirname, 'start-up-child.js');
  return Array.from({ length: settings.startUps }, () => {
    const output = execFileSync(process.execPath, [program, mode], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(output) as ChildStart;
  });
}

/** Starts of DynamoDB Local, from the call to its first answer, in ms. */
async function timedLocalStarts(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) times.push(await timedLocalStart());
  return times;
}

/** One start of DynamoDB Local until it answered a ListTables, in ms; it is stopped after. */
export async function timedLocalStart(): Promise<number> {
  const started = performance.now();
  const local = await startDynamoDBLocal();
  try {
    const client = new DynamoDBClient({
      endpoint: local.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    await client.send(new ListTablesCommand({}));
    client.destroy();
    return performance.now() - started;
  } finally {
    await local.stop();
  }
}
