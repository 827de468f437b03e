import type { OriginPolicy } from '../origins.js';
import type { RegionLookup } from '../regions.js';
import type { FeedbackStore } from '../store/types.js';

export interface RateLimitSettings {
  /** Comments per address per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
}

/** What the feedback routes share. */
export interface FeedbackContext {
  store: FeedbackStore;
  regions: RegionLookup;
  origins: OriginPolicy;
  now: () => Date;
  rateLimit: RateLimitSettings;
}
