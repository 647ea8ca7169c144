import type { WhatsappSenderRegistration } from '../../../upstream/whatsapp-types.ts';
import { builder } from '../../builder.ts';
import { InvalidStateError, NotFoundError, RateLimitedError, ValidationError } from '../../errors.ts';
import { resultUnion } from '../../lib/mutations.ts';
import type { SenderRef } from '../../rcs-senders/ids.ts';
import {
  RegisterWhatsappSenderInput,
  VerifyWhatsappSenderInput,
  WhatsappRegistrationMethod,
} from '../inputs/sender.ts';
import { validateVerifyInput } from '../inputs/validate-sender.ts';
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

whatsapp.mutation('registerWhatsappSender', {
  description:
    'Asks Meta to send the verification code (POST .../register); only in PENDING_VERIFICATION. Not retried automatically.',
  input: [RegisterWhatsappSenderInput, 'The sender and the method.'],
  success: RegisterWhatsappSenderSuccess,
  result: resultUnion(
    [ValidationError, NotFoundError, InvalidStateError, RateLimitedError],
    'The registration, or why not: the code could not be requested (ValidationError "sender_request_code_failed"), unknown sender (NotFoundError), a state that cannot register (InvalidStateError "not_allowed_register"), too many attempts (RateLimitedError).',
  ),
  write: (client, ref, input, opts) =>
    client.whatsappSenders.register(ref.projectId, ref.senderId, { method: input.method }, opts),
  answer: (registration, ref) => ({ ref, registration }),
});

whatsapp.mutation('verifyWhatsappSender', {
  description:
    'Verifies the sender with the code Meta sent (POST .../verify, 204): the sender becomes ACTIVE.',
  input: [VerifyWhatsappSenderInput, 'The sender and the code.'],
  success: whatsapp.readBack('The code was accepted: the sender becomes ACTIVE.', 'The verified sender.'),
  result: resultUnion(
    [ValidationError, NotFoundError, InvalidStateError],
    'The verification, or why not: a malformed or wrong code (ValidationError at input.code, "wrong_otp" when the upstream refused it), unknown sender (NotFoundError), a state that cannot verify (InvalidStateError "not_allowed_verify").',
  ),
  validate: validateVerifyInput,
  // Without a code (Meta verified the number already) the body is empty.
  write: (client, ref, input, opts) =>
    client.whatsappSenders.verify(ref.projectId, ref.senderId, codeBody(input.code), opts),
  answer: whatsapp.byRef,
});
