import { builder } from '../builder.ts';
import { commentField, rawTypeField } from './whatsapp-event-fields.ts';
import { type ResolvedWhatsappAccountEvent, WhatsappAccountEvent } from './whatsapp-interfaces.ts';

// The events of a project's WhatsApp account (the interface is in whatsapp-interfaces.ts). The account
// callbacks carry no more than the account itself (and a comment), so one type serves every change; `type`
// tells which trigger it was and `account` what the account is now.

const interfaces = [WhatsappAccountEvent];
const object = (name: string) => builder.objectRef<ResolvedWhatsappAccountEvent>(name);

object('WhatsappAccountChanged').implement({
  description:
    'The account changed (WHATSAPP_ACCOUNT_ONBOARDED, _PENDING_VERIFICATION, _REJECTED, _DAILY_LIMIT_CHANGED, WHATSAPP_WABA_ACCOUNT_CHANGED): `account` is the account as the callback carried it.',
  interfaces,
});

object('WhatsappAccountCommentAdded').implement({
  description: 'A comment was added to the WhatsApp account (WHATSAPP_ACCOUNT_COMMENT_ADDED).',
  interfaces,
  fields: (t) => ({ comment: t.string(commentField) }),
});

object('WhatsappUnknownAccountEvent').implement({
  description: 'A WhatsApp account event of a type this version of the graph does not know, delivered as is.',
  interfaces,
  fields: (t) => ({ rawType: t.exposeString('rawType', rawTypeField) }),
});
