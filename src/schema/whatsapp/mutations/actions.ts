import type { WhatsappSenderRegistration } from '../../../upstream/whatsapp-types.ts';
import { builder } from '../../builder.ts';
import { InvalidStateError, NotFoundError, RateLimitedError, ValidationError } from '../../errors.ts';
import type { SenderRef } from '../../rcs-senders/ids.ts';
import {
  RegisterWhatsappSenderInput,
  VerifyWhatsappSenderInput,
  WhatsappRegistrationMethod,
} from '../inputs/sender.ts';
import { validateVerifyInput } from '../inputs/validate-sender.ts';
import { docs } from './docs.ts';
import { whatsappSenderWrites as whatsapp } from './sender-ref.ts';

// registerWhatsappSender (Meta sends an OTP to the number) and verifyWhatsappSender (the OTP; 204): both
// only in PENDING_VERIFICATION. Neither answer carries the sender, so `sender` is read back lazily.

interface RegisterPayload {
  ref: SenderRef;
  registration: WhatsappSenderRegistration;
}

export const RegisterWhatsappSenderSuccess = builder
  .objectRef<RegisterPayload>('RegisterWhatsappSenderSuccess')
  .implement({
    description: 'Meta was asked to send the verification code; verify it with verifyWhatsappSender.',
    fields: (t) => ({
      sender: whatsapp.readBackField(t, 'The registered sender.'),
      method: t.field({
        type: WhatsappRegistrationMethod,
        nullable: true,
        description: 'How the code is sent (method); null when the upstream named another way.',
        resolve: (p) => {
          const method: string | undefined = p.registration.method;
          return method === 'SMS' ? 'SMS' : method === 'VOICE' ? 'VOICE' : null;
        },
      }),
      acceptedAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the registration was accepted (accepted); null when not reported.',
        resolve: (p) => p.registration.accepted ?? null,
      }),
      verificationCodeSent: t.boolean({
        nullable: false,
        description:
          'Whether a code was sent: false when the number was already registered (verificationCodeSent).',
        resolve: (p) => p.registration.verificationCodeSent === true,
      }),
    }),
  });

const codeBody = (code: string | null | undefined) => (typeof code === 'string' ? { code } : {});

whatsapp.mutation(docs, 'registerWhatsappSender', {
  input: RegisterWhatsappSenderInput,
  success: RegisterWhatsappSenderSuccess,
  errors: [ValidationError, NotFoundError, InvalidStateError, RateLimitedError],
  write: (client, ref, input, opts) =>
    client.whatsappSenders.register(ref.projectId, ref.senderId, { method: input.method }, opts),
  answer: (registration, ref) => ({ ref, registration }),
});

whatsapp.mutation(docs, 'verifyWhatsappSender', {
  input: VerifyWhatsappSenderInput,
  success: whatsapp.readBackAs('The verified sender.'),
  errors: [ValidationError, NotFoundError, InvalidStateError],
  validate: validateVerifyInput,
  // Without a code (Meta verified the number already) the body is empty.
  write: (client, ref, input, opts) =>
    client.whatsappSenders.verify(ref.projectId, ref.senderId, codeBody(input.code), opts),
  answer: whatsapp.byRef,
});
