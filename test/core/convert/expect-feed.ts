import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseFeed } from '../../../src/core/feed.ts';

let validator: Validator | undefined;

/** The JSON Schema of feeds, as shipped. */
export async function feedSchema(): Promise<object> {
  return (await fetch(new URL('../../../src/core/feed.schema.json', import.meta.url))).json();
}

/** Fails unless `feed` reads with parseFeed without a warning and matches the JSON Schema. */
export async function expectCleanFeed(feed: unknown): Promise<void> {
  validator ??= new Validator((await feedSchema()) as never, '2020-12', false);
  expect(feed, 'a feed was produced').to.be.an('object');
  expect((feed as { version?: unknown }).version).to.equal(1);
  const read = parseFeed(feed);
  expect(read.ok, 'parseFeed accepts it').to.be.true;
  if (read.ok) expect(read.warnings, 'parseFeed warnings').to.deep.equal([]);
  const { errors } = validator.validate(feed);
  expect(errors.slice(0, 3), 'JSON Schema errors').to.deep.equal([]);
}

/**
 * A fixture of test/fixtures/convert, as its exact bytes: through the
 * `mip-fixture-bytes` server command (test/helpers/cli-command.js), since the
 * test server serves text files decoded as UTF-8.
 */
export async function fixtureBytes(name: string): Promise<Uint8Array> {
  const { base64 } = (await executeServerCommand('mip-fixture-bytes', { name })) as { base64: string };
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** A fixture of test/fixtures/convert, as text. */
export async function fixtureText(name: string): Promise<string> {
  return (await fetch(new URL(`../../fixtures/convert/${name}`, import.meta.url))).text();
}
