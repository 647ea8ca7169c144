import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { corsFor } from '../../src/http/cors.ts';
import { startServer } from '../../src/server.ts';

const request = (origin?: string) =>
  new Request('http://127.0.0.1:4000/graphql', { headers: origin ? { origin } : {} });

describe('CORS_ORIGINS', () => {
  it('defaults: localhost and 127.0.0.1 on any port in development, nothing in production', () => {
    expect(parseConfig({}).corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
    expect(parseConfig({ NODE_ENV: 'production' }).corsOrigins).toEqual([]);
    expect(parseConfig({ CORS_ORIGINS: 'none' }).corsOrigins).toEqual([]);
    expect(
      parseConfig({ CORS_ORIGINS: ' https://a.example.com ,http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://a.example.com', 'http://localhost:5173']);
  });

  it('refuses entries that are not origins, naming each', () => {
    let error: unknown;
    try {
      parseConfig({ CORS_ORIGINS: 'https://a.example.com/app,example.com,http://ok.example.com:8080' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^CORS_ORIGINS: "https:\/\/a\.example\.com\/app" is not an origin/),
      expect.stringMatching(/^CORS_ORIGINS: "example\.com" is not an origin/),
    ]);
  });

  it('refuses * while the server holds its own credentials (any page could act as the project)', async () => {
    await expect(
      startServer({ env: { CORS_ORIGINS: '*' }, config: { port: 0, logLevel: 'silent' } }),
    ).rejects.toThrow(/CORS_ORIGINS=\* is refused while the server uses its own Sinch credentials/);
    await expect(
      startServer({
        env: {
          CORS_ORIGINS: '*',
          SINCH_API_URL: 'http://127.0.0.1:9',
          SINCH_KEY_ID: 'k',
          SINCH_KEY_SECRET: 's',
        },
        config: { port: 0, logLevel: 'silent' },
      }),
    ).rejects.toThrow(/\(SINCH_KEY_ID\)/);
  });

  it('matches exact origins, any port, one subdomain level, default ports; never sends credentials', () => {
    const cors = corsFor(['https://app.example.com', 'http://localhost:*', 'https://*.corp.example']);
    const allowed = [
      'https://app.example.com',
      'https://app.example.com:443',
      'http://localhost:5173',
      'http://localhost',
      'https://eu.corp.example',
    ];
    const refused = [
      'http://app.example.com',
      'https://app.example.com:8443',
      'https://evil-app.example.com',
      'http://127.0.0.1:5173',
      'https://corp.example',
      'null',
    ];
    for (const origin of allowed) {
      expect(cors(request(origin)), origin).toMatchObject({
        origin,
        credentials: false,
        exposedHeaders: ['x-request-id'],
      });
    }
    for (const origin of refused) expect(cors(request(origin)), origin).toBe(false);
    expect(cors(request())).toBe(false);
    expect(corsFor([])(request('http://localhost:3000'))).toBe(false);
    expect(corsFor(['*'])(request('https://anything.example'))).toMatchObject({ credentials: false });
  });
});
