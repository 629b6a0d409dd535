/**
 * Detects and stores the language of every text that has none yet: after each import (that import's
 * rows only) and for a whole database (`upr db detect-languages`, for databases imported before).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  type Detection,
  type LanguageDetector,
  languageDetector,
  MISMATCH_CONFIDENCE,
} from './language.detector.ts';
import { LanguageRepository } from './language.repository.ts';

const PAGE = 2_000;
/** What is stored for a text without letters: ISO 639's "undetermined". */
export const UNDETERMINED: Detection = { lang: 'und', confidence: 0 };

/** The detected-language columns of a row, for writers that insert texts. */
export function detectedColumns(detector: LanguageDetector, text: string) {
  const found = detector.detect(text) ?? UNDETERMINED;
  return { detected_lang: found.lang, detected_lang_confidence: found.confidence };
}

export class LanguageService {
  private readonly repository: LanguageRepository;

  constructor(db: Kysely<DB>) {
    this.repository = new LanguageRepository(db);
  }

  /**
   * Detects every text still without a language (only those of import batch `batchId` when given).
   * `onProgress(done, total)` after each page. Returns how many texts were detected.
   */
  async detectPending(
    options: { batchId?: number; onProgress?: (done: number, total: number) => void } = {},
  ) {
    const total = await this.repository.countPending(options.batchId);
    if (total === 0) return 0;
    const detector = await languageDetector();
    let done = 0;
    let afterId = 0;
    for (;;) {
      const page = await this.repository.pending(afterId, PAGE, options.batchId);
      if (page.length === 0) break;
      await this.repository.save(
        page.map((p) => {
          const found = detector.detect(p.text) ?? UNDETERMINED;
          return { ...p, detectedLang: found.lang, confidence: found.confidence };
        }),
      );
      done += page.length;
      afterId = (page.at(-1) as { recommendationId: number }).recommendationId;
      options.onProgress?.(done, total);
    }
    return done;
  }

  /** Recommendations whose text is confidently in another language than declared, counted by pair. */
  mismatches() {
    return this.repository.mismatches(MISMATCH_CONFIDENCE);
  }
}
