// Which OTEL_* settings turn traces on, and the values refused at start (the SDK would silently fall back
// to a default for them).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('OTEL_* configuration', () => {
  it('off without an endpoint, whatever else is set', () => {
    expect(parseConfig({}).tracing).toEqual({ enabled: false });
    expect(parseConfig({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on' }).tracing.enabled).toBe(
      false,
    );
  });

  it('on with OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', () => {
    expect(parseConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing.enabled).toBe(true);
    expect(
      parseConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/v1/traces' }).tracing.enabled,
    ).toBe(true);
  });

  it('off again with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(parseConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).tracing.enabled).toBe(false);
    expect(parseConfig({ ...endpoint, OTEL_SDK_DISABLED: 'false' }).tracing.enabled).toBe(true);
    expect(parseConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).tracing.enabled).toBe(false);
  });

  it('refuses values the SDK would replace with a default, naming the variable', () => {
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "collector:4318"',
    ]);
    expect(problems({ OTEL_TRACES_SAMPLER: 'ratio' })[0]).toMatch(
      /^OTEL_TRACES_SAMPLER must be one of always_on,/,
    );
    expect(
      problems({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '10%' }),
    ).toEqual(['OTEL_TRACES_SAMPLER_ARG must be a number 0..1 for parentbased_traceidratio, got "10%"']);
    expect(problems({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.25' })).toEqual([]);
    expect(problems({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })[0]).toMatch(
      /^OTEL_EXPORTER_OTLP_PROTOCOL: .*"grpc"/,
    );
    expect(problems({ OTEL_TRACES_EXPORTER: 'zipkin' })).toEqual([
      'OTEL_TRACES_EXPORTER must be "otlp" or "none", got "zipkin"',
    ]);
    expect(problems({ OTEL_SDK_DISABLED: 'yes' })).toEqual([
      'OTEL_SDK_DISABLED must be true or false, got "yes"',
    ]);
  });
});
