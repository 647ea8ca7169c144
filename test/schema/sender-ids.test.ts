import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { decodeSenderId, encodeSenderId, resolveSenderRef } from '../../src/schema/rcs-senders/ids.ts';

// decodeSenderId reads the relay plugin's global-id format itself (no exception for the common case of an
// upstream id): it must accept exactly what the plugin encodes for a sender and nothing else.

describe('sender global ids', () => {
  it('round-trips, and agrees with the relay plugin', () => {
    const id = encodeSenderId('demo-project', 'ab1e1f39-95cb-4bf6-8b09-0971df9cb983');
    expect(decodeGlobalID(id)).toEqual({
      typename: 'RcsSender',
      id: 'demo-project:ab1e1f39-95cb-4bf6-8b09-0971df9cb983',
    });
    expect(decodeSenderId(id)).toEqual({
      projectId: 'demo-project',
      senderId: 'ab1e1f39-95cb-4bf6-8b09-0971df9cb983',
    });
    expect(decodeSenderId(encodeGlobalID('RcsSender', 'p:s:with:colons'))).toEqual({
      projectId: 'p',
      senderId: 's:with:colons',
    });
  });

  it('is null for anything else, without throwing', () => {
    for (const id of [
      '',
      'ab1e1f39-95cb-4bf6-8b09-0971df9cb983',
      encodeGlobalID('Project', 'demo-project'),
      encodeGlobalID('RcsSenderX', 'p:s'),
      encodeGlobalID('RcsSender', 'no-project-part'),
      encodeGlobalID('RcsSender', 'p:'),
      Buffer.from('RcsSender:p:s').toString('base64').replace(/=+$/, ''),
      '!!!!',
    ]) {
      expect(decodeSenderId(id), id).toBeNull();
    }
  });

  it('an upstream id needs its project; a global id of another project is not this project', () => {
    expect(resolveSenderRef('s-1', 'p')).toEqual({ projectId: 'p', senderId: 's-1' });
    expect(resolveSenderRef('s-1')).toBeNull();
    expect(resolveSenderRef(encodeSenderId('p', 's-1'), 'other')).toBeNull();
  });
});
