/**
 * Where a model is trained: in this thread (the command line, which has nothing else to do) or in a worker
 * thread (the server, which must keep answering while it trains). Both give the same model for the same
 * examples and seed.
 *
 * @example
 *   const { model, bytes, seconds } = await trainInWorker(examples, { onProgress: (done, total) => ... });
 */
import { Worker } from 'node:worker_threads';
import { ClassifierModel, type TrainingExample, trainModel } from './classify.model.ts';
import type { WorkerMessage } from './classify.worker.ts';

export interface Trained {
  model: ClassifierModel;
  bytes: Buffer;
  seconds: number;
}

export type Trainer = (
  examples: TrainingExample[],
  options: { seed?: number; onProgress?: (done: number, total: number) => void },
) => Promise<Trained>;

/** Trains in the calling thread. */
export const trainHere: Trainer = async (examples, { seed, onProgress }) => {
  const started = performance.now();
  const model = trainModel(examples, {
    ...(seed !== undefined ? { seed } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return { model, bytes: model.serialize(), seconds: (performance.now() - started) / 1000 };
};

/**
 * Trains in a worker thread. The product runs from its TypeScript sources through tsx, whose loader a
 * worker does not inherit: the worker registers it before it loads `classify.worker.ts`.
 */
export const trainInWorker: Trainer = (examples, { seed, onProgress }) =>
  new Promise((resolve, reject) => {
    const loader = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./classify.worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { examples, seed } });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else {
        settled = true;
        const bytes = Buffer.from(message.bytes);
        resolve({ model: ClassifierModel.deserialize(bytes), bytes, seconds: message.seconds });
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled)
        reject(new Error(`the training thread stopped (exit code ${code}) before its model was ready`));
    });
  });
