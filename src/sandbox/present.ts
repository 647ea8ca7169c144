// Renders stored records as the wire DTOs, in the key order of the published examples.
import type { ActivityRecord, JsonObject, SenderRecord } from './model.ts';
import { questionsFor, usLegacyQuestions, usQuestions } from './questions.ts';

const HOSTING: Record<string, string> = { EU: 'EUROPE', US: 'NORTH_AMERICA', BR: 'NORTH_AMERICA' };

function questionnaire(s: SenderRecord): JsonObject {
  const countries = s.countries ?? [];
  const out: JsonObject = {
    general: { questions: questionsFor('general'), answers: structuredClone(s.answers.general ?? {}) },
    verification: {
      questions: questionsFor('verification'),
      answers: structuredClone(s.answers.verification ?? {}),
    },
  };
  if (countries.includes('GB') || s.answers.gb) {
    out.gb = { questions: questionsFor('gb'), answers: structuredClone(s.answers.gb ?? {}) };
  }
  if (countries.includes('FR') || s.answers.fr) {
    out.fr = { questions: questionsFor('fr'), answers: structuredClone(s.answers.fr ?? {}) };
  }
  if (countries.includes('US') || s.answers.us) {
    const questions = s.usQuestionnaireVersion === 'v1' ? usLegacyQuestions() : usQuestions();
    out.us = { questions, answers: structuredClone(s.answers.us ?? {}) };
  }
  return out;
}

/** The Conversation API app a sender is connected to, if any: its id, then its details. */
export function putConversationApp(
  dto: { [key: string]: unknown },
  s: { conversationApiAppId?: string; projectId: string; region: string },
  channelStatus: string,
): void {
  if (!s.conversationApiAppId) return;
  dto.conversationApiApp = s.conversationApiAppId;
  dto.conversationApiAppDetails = {
    id: s.conversationApiAppId,
    projectId: s.projectId,
    region: s.region,
    channelStatus,
  };
}

export function senderDto(s: SenderRecord): JsonObject {
  const details: JsonObject = {};
  if (s.brand) details.brand = structuredClone(s.brand);
  if (s.testNumbers.length > 0) details.testNumbers = s.testNumbers.map((t) => t.number);
  if (s.countries) details.countries = [...s.countries];
  details.questionnaire = questionnaire(s);

  const dto: JsonObject = {
    id: s.id,
    state: s.state,
    testNumberStates: s.testNumbers.map((t) => ({
      number: t.number,
      state: t.state,
      submitted: t.submitted,
    })),
    countryStatus: s.countryStatus.map((c) => ({
      country: c.country,
      status: c.status,
      operators: c.operators.map((o) => ({ ...o })),
    })),
    details,
    region: s.region,
    billingCategory: s.billingCategory,
    useCase: s.useCase,
    hostingRegion: HOSTING[s.region] ?? 'EUROPE',
    authName: s.authName,
    authToken: s.authToken,
  };
  putConversationApp(dto, s, 'ACTIVE');
  dto.created = s.created;
  dto.modified = s.modified;
  if (s.launched) dto.launched = s.launched;
  if (s.hasGoogleSupplier) {
    dto.supplierDetails = {
      google: { agentId: `${s.authName.toLowerCase()}_agent`, brandId: `brands/${s.authName}` },
    };
  }
  if (s.brandRegistration) {
    const b = s.brandRegistration;
    dto.brandDetails = {
      id: b.id,
      status: b.status,
      registration: { id: b.registrationId, status: b.registrationStatus },
    };
  }
  if (s.campaign) dto.campaignDetails = { ...s.campaign };
  return dto;
}

export function activityDto(a: ActivityRecord): JsonObject {
  const out: JsonObject = { type: a.type, created: a.created };
  if (a.comment !== undefined) out.comment = a.comment;
  if (a.author !== undefined) out.author = a.author;
  return out;
}
