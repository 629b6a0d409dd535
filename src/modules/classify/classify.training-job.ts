/**
 * A training started from the web, as the server keeps it (`classify.jobs.ts`) and the Auto-tagging page
 * shows it. Free of imports, so that the web app shares it.
 */
export interface TrainingJob {
  id: number;
  /** What it is doing now, or how it ended. */
  phase: 'train' | 'suggest' | 'done' | 'failed';
  /** Progress of the current phase: labels fitted while training, recommendations while suggesting. */
  done: number;
  total: number;
  startedAt: string;
  startedBy: string;
  finishedAt: string | null;
  trainSessions: string;
  suggest: boolean;
  /** The model stored and, when the suggestions were written, how many. */
  result: {
    modelId: number;
    examples: number;
    suggested: { recommendations: number; issues: number; actions: number; themes: number } | null;
  } | null;
  /** Why it failed, for the person who started it. */
  error: string | null;
}

/** Whether the job is still training or suggesting. */
export const isRunning = (job: TrainingJob | null | undefined): boolean =>
  job?.phase === 'train' || job?.phase === 'suggest';
