/** Types the generated client does not name (yet). */
import type { components } from "@client";

export type Reject = components["schemas"]["RejectOut"];
export type PreviewRecord = components["schemas"]["PreviewRecord"];

/**
 * A stored quality report as `GET /api/v1/datasets/{id}` shows it per conversation (`quality`,
 * gateway/routes/datasets.py `_quality_view`). Declared here until the client is regenerated.
 */
export type StoredQuality = {
  score?: number;
  tiers?: Record<string, number>;
  flags?: string[];
  recommendations?: { reason: string; recommendation: string }[];
  pii?: Record<string, number>;
  risk_level?: string;
  risk_category?: string;
  risk_turns?: { turn: number; category: string; level: string }[];
  tags?: string[];
  excluded?: boolean;
  checks?: Record<string, { passed?: boolean; reason?: string; detail?: string; tier?: string }>;
};

export type ConversationPreview = Omit<components["schemas"]["ConversationPreview"], "quality"> & { quality?: StoredQuality | null };

export type ChatMessage = { role?: unknown; content?: unknown; [k: string]: unknown };
