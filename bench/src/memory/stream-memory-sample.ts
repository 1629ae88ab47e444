/** What one child of the streaming-memory benchmark measured. */
export interface StreamMemorySample {
  /** Items iterated. */
  readonly items: number;
  /** Peak resident set size during the iteration, over the one before it, in MB. */
  readonly rssGrowthMb: number;
  /** Peak V8 heap in use during the iteration, over the one before it, in MB. */
  readonly heapGrowthMb: number;
  /** V8 heap still in use once the iteration is over and the garbage collected, in MB. */
  readonly retainedHeapMb: number;
  /** The child's peak resident set size over its whole life, in MB. */
  readonly maxRssMb: number;
}
