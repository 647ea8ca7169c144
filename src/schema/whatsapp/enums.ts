import { mirroredEnum, UNRECOGNIZED } from '../lib/enums.ts';
import { WHATSAPP_ENUM_DOCS } from './enum-docs.ts';

// The WhatsApp enums of the graph, each mirroring an upstream enum (contract whatsapp-and-webhooks.md §2–3)
// plus UNRECOGNIZED, which an unknown upstream value maps to (logged once), as the RCS enums do. The
// upstream sender `state` has no UNRECOGNIZED of its own: a state a newer upstream adds still reads, as
// UNRECOGNIZED here. The upstream's own UNRECOGNIZED values are the same value.

export const WhatsappSenderState = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappSenderState');
export const WhatsappSenderChangeStatus = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappSenderChangeStatus');
export const WhatsappMetadataStatus = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappMetadataStatus');
export const WhatsappSenderActivityType = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappSenderActivityType');
export const WhatsappQualityRating = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappQualityRating');
export const WhatsappRegion = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappRegion');
export const WhatsappMetaLocalStorage = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappMetaLocalStorage');
export const WhatsappBusinessManager = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappBusinessManager');
export const WhatsappNumberProvider = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappNumberProvider');
export const WhatsappChannelStatus = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappChannelStatus');
export const WhatsappVertical = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappVertical');
export const WhatsappSenderErrorCode = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappSenderErrorCode');
export const WhatsappDailyLimit = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappDailyLimit');
export const WhatsappAccountState = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappAccountState');
export const WhatsappAccountChangeStatus = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappAccountChangeStatus');
export const WhatsappAccountActivityType = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappAccountActivityType');
export const WhatsappWabaBanState = mirroredEnum(WHATSAPP_ENUM_DOCS, 'WhatsappWabaBanState');

/** Upstream `compatibleRegions` are lower case (br, eu, us): read as the region enum. */
export const mapCompatibleRegions = (regions: readonly string[] | undefined) =>
  (regions ?? []).map((r) => WhatsappRegion.map(r.toUpperCase()) ?? UNRECOGNIZED);
