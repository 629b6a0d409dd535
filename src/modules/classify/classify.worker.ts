/**
 * The worker thread's side of `trainInWorker` (`classify.trainer.ts`): trains a model on the examples it
 * is given, posts its progress, then the serialized model. Runs off the server's event loop, so that the
 * minute of training does not hold up other requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TrainingExample } from './classify.model.ts';
import { trainHere } from './classify.trainer.ts';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array; seconds: number };

const { examples, seed } = workerData as { examples: TrainingExample[]; seed?: number };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const { bytes, seconds } = await trainHere(examples, {
  ...(seed !== undefined ? { seed } : {}),
  onProgress: (done, total) => post({ type: 'progress', done, total }),
});
post({ type: 'done', bytes, seconds });
