/** Auto-tagging in the web app: the API's shapes of suggestions and of the model's evaluation. */
import type { TrainingJob } from '../../src/modules/classify/classify.training-job.ts';

export { isRunning, type TrainingJob } from '../../src/modules/classify/classify.training-job.ts';

export interface TermLabels {
  en: string;
  ru: string | null;
  kk: string | null;
}

export interface Suggestions {
  terms: {
    termId: number;
    taxonomy: string;
    code: string;
    label: string;
    labels: TermLabels;
    confidence: number;
  }[];
  actionCategory: { value: number; confidence: number } | null;
  abilities: Record<string, boolean>;
}

export interface LabelMetrics {
  label: string;
  labels: TermLabels | null;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The figures of a set of labels (issues, themes). */
export interface SetMetrics {
  microF1: number;
  macroF1: number;
  exactMatch: number;
  labels: LabelMetrics[];
}

export interface Classifier {
  model: {
    trainedAt: string;
    trainedBy: string;
    trainSessions: string;
    examples: number;
    modelBytes: number;
    trainingSeconds: number;
    threshold: number;
  } | null;
  evaluation: {
    trainSessions: string;
    testSessions: string;
    evaluatedAt: string;
    examples: number;
    usPerRecommendation: number;
    issues: SetMetrics;
    action: { accuracy: number; macroF1: number; labels: LabelMetrics[] };
    themes: SetMetrics | null;
  } | null;
  job: TrainingJob | null;
  abilities: Record<string, boolean>;
}

export function labelIn(labels: TermLabels, language: string): string {
  return (language === 'ru' ? labels.ru : language === 'kk' ? labels.kk : labels.en) ?? labels.en;
}

/** 0.873 as "87%" in the reader's language; rounded down, so that 0.996 never reads as a certain 100%. */
export function percent(x: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(x * 100) / 100,
  );
}
