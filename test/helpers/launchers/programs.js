/**
 * The browsers come from Debian's packages, never from a download: a missing
 * program stops the run at once with the package that provides it.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Returns the path of `program` (absolute, or looked up in PATH), or throws naming its Debian package. */
export function requireProgram(program, debianPackage) {
  const candidates = program.includes('/')
    ? [program]
    : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(
    `${program} not found: install Debian's package with \`apt-get install -y ${debianPackage}\` (or run .ci/run, which does).`,
  );
}

/**
 * Records on the launcher when its first test file started and its last one stopped
 * (`launcher.timing = { start, end }`), for the summary line of each engine.
 */
export function timed(launcher) {
  const timing = {};
  const startSession = launcher.startSession.bind(launcher);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.startSession = (...args) => {
    timing.start ??= Date.now();
    return startSession(...args);
  };
  launcher.stopSession = async (...args) => {
    try {
      return await stopSession(...args);
    } finally {
      timing.end = Date.now();
    }
  };
  launcher.timing = timing;
  return launcher;
}
