/** Types of the similar-recommendations API and the list item both the section and the page show. */
export interface SimilarItem {
  id: number;
  stateUnderReview: string;
  cycle: number | null;
  paragraph: string | null;
  text: string;
  position: string;
  status: string | null;
  score: number;
}

export interface Similar {
  repeated: SimilarItem[];
  otherStates: SimilarItem[];
}

export interface NearDuplicates {
  state: string;
  cycle: number;
  threshold: number;
  groups: { score: number; recommendations: SimilarItem[] }[];
  abilities: { createCluster: boolean };
}

/** Below this confidence a detected language that differs from the declared one is not worth showing. */
export const MISMATCH_CONFIDENCE = 0.9;

export const percent = (score: number) => Math.round(score * 100);
