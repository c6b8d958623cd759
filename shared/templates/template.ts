import { z } from 'zod';
import { LIMITS, emptyConclusion, type Assessment } from '../domain/assessment';

/**
 * A template: an assessment kept as the starting point of new ones. It keeps what carries over to a similar transfer
 * (the map, the tools, the laws and their reasoning, the measures, the checklist) and drops what was decided or dated
 * for the one transfer it came from.
 */

export const TEMPLATE_LIMITS = { name: LIMITS.shortText, description: 2_000 } as const;

export const templateInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type TemplateInfo = z.infer<typeof templateInfoSchema>;

/**
 * The document a template stores: the conclusion (outcome, decision, rationale, assessor, approver and its date), the
 * review date and the dates of DPF List checks are cleared, and it gets an id of its own. Approvals live beside the
 * document, in the assessment's versions, so none come along.
 */
export function templateDocument(assessment: Assessment, params: { id: string; name: string; now: string }): Assessment {
  return withoutAssessmentFacts(assessment, { id: params.id, title: params.name, now: params.now });
}

/** A new draft assessment from a template's document: a fresh id and times, and the title the user chose. */
export function assessmentFromTemplate(document: Assessment, params: { id: string; title: string; now: string }): Assessment {
  return withoutAssessmentFacts(document, params);
}

function withoutAssessmentFacts(source: Assessment, params: { id: string; title: string; now: string }): Assessment {
  // A deep copy: the caller's document stays as it was.
  const document = structuredClone(source);
  return {
    ...document,
    id: params.id,
    title: params.title,
    createdAt: params.now,
    updatedAt: params.now,
    map: {
      ...document.map,
      // A check of the DPF List holds for the day it was made; the next transfer's importer is checked again.
      transfers: document.map.transfers.map((transfer) => ({
        ...transfer,
        tool: { ...transfer.tool, dpfCertificationConfirmed: false, dpfCheckedOn: '' },
      })),
    },
    step6: { ...document.step6, nextReviewDate: '' },
    conclusion: emptyConclusion(),
  };
}
