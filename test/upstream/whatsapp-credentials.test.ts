// WhatsApp credentials (contract whatsapp-and-webhooks.md §7: sender `bearerToken`, the create-time
// `facebookAccessToken`/`facebookCode`/`authenticationCode`) never reach the client's log lines or its
// errors, and redactSender hides them for callers that want to show a sender.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WhatsappSender, WhatsappSenderInput } from '../../src/upstream/index.ts';
import {
  createSinchClient,
  REDACTED,
  redactSender,
  type SinchClient,
  UpstreamBadRequestError,
} from '../../src/upstream/index.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';
import { captureLogger, readExample } from '../support/upstream-fixtures.ts';
import { PROJECT, SENDER } from '../support/whatsapp-operations.ts';

const SECRETS = ['aaaaAAAA.bbbbBBBB.ccccCCCC', 'FACEBOOK_TOKEN', 'FACEBOOK_CODE', '123asdf123'];

describe('WhatsApp credentials stay out of logs and errors', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  const log = captureLogger();
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'wa-cred-key', keySecret: 'wa-cred-secret', mode: 'basic' },
      logger: log.logger,
      resilience: false,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('logs no bearerToken, Facebook token or code, nor authentication code', async () => {
    const sender = readExample<WhatsappSender>('whatsapp/get.response.200.json');
    expect(sender.bearerToken).toBe(SECRETS[0]);
    server.reply(
      { status: 200, body: sender },
      { status: 201, body: sender },
      { status: 201, body: sender },
      { status: 400, body: readExample('whatsapp/errors/createSender.400.invalid_facebook_token.json') },
    );
    await client.whatsappSenders.get(PROJECT, SENDER);
    for (const file of ['createSender.request.esWithFacebookToken.json', 'createSender.request.es.json']) {
      await client.whatsappSenders.create(PROJECT, readExample<WhatsappSenderInput>(`whatsapp/${file}`));
    }
    const err: unknown = await client.whatsappSenders
      .create(
        PROJECT,
        readExample<WhatsappSenderInput>('whatsapp/createSender.request.esWithFacebookCode.json'),
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(UpstreamBadRequestError);
    const written = JSON.stringify([log.lines, (err as UpstreamBadRequestError).toJSON(), String(err)]);
    expect(log.lines.length).toBeGreaterThanOrEqual(4);
    for (const secret of SECRETS) expect(written).not.toContain(secret);
    expect(written).not.toContain('wa-cred-secret');
  });

  it('redactSender hides bearerToken and the create-time credentials', () => {
    const sender = redactSender(readExample<WhatsappSender>('whatsapp/get.response.200.json'));
    expect(sender.bearerToken).toBe(REDACTED);
    const input = redactSender(
      readExample<Record<string, unknown>>('whatsapp/createSender.request.esWithFacebookToken.json'),
    );
    expect(input.facebookAccessToken).toBe(REDACTED);
    expect(redactSender({ facebookCode: 'x', authenticationCode: 'y' })).toEqual({
      facebookCode: REDACTED,
      authenticationCode: REDACTED,
    });
  });
});
