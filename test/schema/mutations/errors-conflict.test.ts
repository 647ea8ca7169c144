// ConflictError: the sandbox does not fetch logo/banner files, so the documented 409s of create
// (file_not_found, file_size_too_large, ...) come from a canned upstream answering the published example
// body over real HTTP, through the real client and the one error mapping.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSenderId } from '../../../src/schema/rcs-senders/ids.ts';
import { type DirectExecutor, directExecutor } from '../../support/direct-executor.ts';
import { type HttpRecorder, startHttpRecorder } from '../../support/http-recorder.ts';
import { operation } from './documents.ts';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../contract/upstream/examples/errors/${name}`, import.meta.url), 'utf8'),
  );

let upstream: HttpRecorder;
let gql: DirectExecutor;
beforeAll(async () => {
  upstream = await startHttpRecorder();
  gql = directExecutor(upstream.url);
});
afterAll(async () => {
  await gql.close();
  await upstream.close();
});

type Result = { __typename: string; code?: string; message?: string };

describe('409 → ConflictError', () => {
  it('createRcsSender: file_not_found', async () => {
    upstream.reply({ status: 409, body: example('createSender.409.file_not_found.json') });
    const r = await gql.run<{ createRcsSender: Result }>(
      operation('create-rcs-sender.graphql', 'CreateRcsSender'),
      {
        input: {
          projectId: 'p1',
          region: 'EU',
          billingCategory: 'CONVERSATIONAL',
          useCase: 'OTP',
          details: { brand: { logoUrl: 'https://cdn.example/missing.png' } },
        },
      },
    );
    expect(r.errors).toBeUndefined();
    const body = example('createSender.409.file_not_found.json');
    expect(r.data?.createRcsSender).toEqual({
      __typename: 'ConflictError',
      code: 'file_not_found',
      message: `${body.message} ${body.resolution}`,
    });
    expect(upstream.requests.at(-1)?.method).toBe('POST');
  });

  it('updateRcsSender: any other 409 is a ConflictError with the upstream code', async () => {
    upstream.reply({ status: 409, body: example('createSender.409.file_has_wrong_dimensions.json') });
    const r = await gql.run<{ updateRcsSender: Result }>(
      operation('update-rcs-sender.graphql', 'UpdateRcsSender'),
      {
        input: {
          id: encodeSenderId('p1', 's1'),
          details: { brand: { bannerUrl: 'https://cdn.example/b.png' } },
        },
      },
    );
    expect(r.data?.updateRcsSender).toMatchObject({
      __typename: 'ConflictError',
      code: 'file_has_wrong_dimensions',
    });
    expect(upstream.requests.at(-1)?.url).toBe('/v1/projects/p1/rcs/senders/s1');
  });
});
