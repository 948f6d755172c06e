import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { requireProgram, timed } from './programs.js';

const miniBrowser = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Every helper process (and temporary directory) of the WebKit launchers, so that a signal can stop them all. */
const running = new Set();
const temporary = new Set();

function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its own process group: WebKitWebDriver takes MiniBrowser with it
  } catch {
    // already gone
  }
}

function killAll() {
  for (const child of running) killGroup(child);
  running.clear();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}

let signalsHandled = false;
function handleSignals() {
  if (signalsHandled) return;
  signalsHandled = true;
  // The helpers run in their own process groups (so a stop takes their children too), so a
  // Ctrl-C in the terminal does not reach them: stop them here, whoever else listens.
  process.on('exit', killAll);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      killAll();
      process.exit(code);
    });
  }
}

function start(command, args, options) {
  handleSignals();
  const child = spawn(command, args, { detached: true, ...options });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child);
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 3000);
  await exited;
  clearTimeout(timer);
  try {
    process.kill(-child.pid, 'SIGKILL'); // what did not follow the leader out: a web process that hangs
  } catch {
    // the group is empty
  }
  running.delete(child);
}

/** An X server of its own: `-displayfd` makes Xvfb pick a free display and write its number on fd 3. */
function startXvfb(xvfb) {
  const child = start(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before giving a display: ${stderr.trim()}`)));
  });
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for a phone's viewport;
 * squeezed by this GTK style (read from XDG_CONFIG_HOME), it lets the window go down to ~290 px.
 */
const squeezedToolbar = `toolbar, toolbar *, entry, button, image, box {
  min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.01);
}
`;

async function gtkConfig() {
  const dir = await mkdtemp(join(tmpdir(), 'mip-minibrowser-'));
  await mkdir(join(dir, 'gtk-3.0'));
  temporary.add(dir);
  await writeFile(join(dir, 'gtk-3.0', 'gtk.css'), squeezedToolbar);
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(child, port) {
  let exited = null;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`WebKitWebDriver stopped (${exited}) on start`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
}

/**
 * What @web/test-runner-commands does not do over WebDriver: `setViewport` (it knows only
 * puppeteer and playwright pages) and `sendKeys({ down })`/`({ up })` (e.g. Shift+Tab).
 */
function webkitCommands() {
  return {
    name: 'mip-webkit-commands',
    async executeCommand({ command, payload, session }) {
      if (!(session.browser instanceof WebKitLauncher)) return undefined;
      if (command === 'set-viewport') {
        await session.browser.setViewport(payload);
        return true;
      }
      if (command === 'send-keys' && payload && ('down' in payload || 'up' in payload)) {
        const key = payload.down ?? payload.up;
        const value = key.length === 1 ? key : Key[key];
        if (!value) throw new Error(`Unknown key for WebKit: "${key}"`);
        const type = 'down' in payload ? 'keyDown' : 'keyUp';
        await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions: [{ type, value }] }]);
        return true;
      }
      return undefined;
    },
  };
}

/**
 * How long MiniBrowser may take to open or leave a test page before it is replaced. It returns at
 * DOMContentLoaded: 255 ms at most over the 68 pages of a full `npm test`; the hang it guards against
 * lasted over 120 s. Two tries and a new MiniBrowser fit in the runner's browserStartTimeout.
 */
const pageDeadline = 20000;

/** `promise`, or an error after `ms` (the promise's own late rejection is then ignored). */
function deadline(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
  });
  promise.catch(() => {});
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The viewport every engine starts a test file with (@web/test-runner-chrome sets 800×600). */
const defaultViewport = { width: 800, height: 600 };

/**
 * WebKit as Debian ships it: WebKitWebDriver driving MiniBrowser. Each launcher starts its own
 * Xvfb and its own driver (one driver holds one session), both stopped with the launcher.
 */
class WebKitLauncher extends WebdriverLauncher {
  #timeZone;
  #xvfb;
  #driver;
  #starting;
  #viewport;
  #gtkConfig;
  #programs;

  constructor(timeZone, programs) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is listening
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Navigation returns at DOMContentLoaded: a test page's `load` can wait for its tests
        // (seen in Firefox), and the runner gives a page start 60 s at most.
        pageLoadStrategy: 'eager',
        // else webdriverio asks for a BiDi session and WebKitWebDriver answers "Failed to match capabilities"
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: programs.miniBrowser, args: ['--automation'] },
      },
    });
    this.#timeZone = timeZone;
    this.#programs = programs;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = `WebKit (${this.#timeZone})`;
    // The runner's own command plugins come first and throw on WebDriver: go before them (the
    // command handler reads this same array when a command arrives).
    if (!config.plugins.some((plugin) => plugin.name === 'mip-webkit-commands')) config.plugins.unshift(webkitCommands());
  }

  /**
   * Opens the test page in MiniBrowser, awaited and with a deadline. The base launcher starts the
   * navigation without awaiting it: on a loaded machine MiniBrowser was seen to never answer one,
   * WebDriver aborted it after 120 s and the unhandled rejection stopped the runner for every
   * engine. Here a page that does not open in time gets a new MiniBrowser and a second try.
   */
  async startSession(id, url) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#ensureDriver();
        await this.ensureManagerInitialized();
        await this.setViewport(defaultViewport);
        await deadline(this.driverManager.startSession(id, url), pageDeadline, `MiniBrowser did not open ${url}`);
        return;
      } catch (error) {
        if (attempt === 2) throw error;
        console.warn(`${this.name}: ${error.message}; starting a new MiniBrowser.`);
        await this.#restart();
      }
    }
  }

  /** Leaves the test page; a MiniBrowser that does not answer is replaced (the results came over the runner's socket). */
  async stopSession(id) {
    try {
      return await deadline(super.stopSession(id), pageDeadline, 'MiniBrowser did not leave the test page');
    } catch (error) {
      console.warn(`${this.name}: ${error.message}; starting a new MiniBrowser.`);
      await this.#restart();
      return {};
    }
  }

  /** Sizes MiniBrowser's window so that the page (innerWidth × innerHeight) gets `width` × `height`. */
  async setViewport({ width, height }) {
    if (this.#viewport?.width === width && this.#viewport?.height === height) return;
    const inner = () => this.driver.execute('return [window.innerWidth, window.innerHeight]');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    let [innerWidth, innerHeight] = await inner();
    // Under load the window manager answers late: a size read mid-resize can be stale or zero, so
    // read again rather than send WebDriver a size out of range (which it refuses).
    for (let attempt = 0; attempt < 8 && (innerWidth !== width || innerHeight !== height); attempt += 1) {
      if (attempt > 0) await settle();
      const outer = await this.driver.getWindowSize();
      const next = { width: outer.width + width - innerWidth, height: outer.height + height - innerHeight };
      if (Number.isInteger(next.width) && Number.isInteger(next.height) && next.width > 0 && next.height > 0) {
        await this.driver.setWindowSize(next.width, next.height);
      }
      [innerWidth, innerHeight] = await inner();
    }
    if (innerWidth !== width || innerHeight !== height) {
      throw new Error(`WebKit's viewport stayed ${innerWidth}×${innerHeight}, not ${width}×${height}`);
    }
    this.#viewport = { width, height };
  }

  async startDebugSession(id, url) {
    await this.#ensureDriver();
    return super.startDebugSession(id, url);
  }

  async stop() {
    await super.stop();
    await this.#stopPrograms();
  }

  /** Drops a MiniBrowser that stopped answering, without asking it to close (it would not answer). */
  async #restart() {
    clearInterval(this.pendingHeartbeat);
    this.driver = this.driverManager = undefined;
    await this.#stopPrograms();
  }

  async #stopPrograms() {
    await stop(this.#driver);
    await stop(this.#xvfb);
    if (this.#gtkConfig) {
      await rm(this.#gtkConfig, { recursive: true, force: true });
      temporary.delete(this.#gtkConfig);
    }
    this.#driver = this.#xvfb = this.#gtkConfig = this.#starting = this.#viewport = undefined;
  }

  #ensureDriver() {
    this.#starting ??= this.#startDriver().catch((error) => {
      this.#starting = undefined;
      throw error;
    });
    return this.#starting;
  }

  async #startDriver() {
    const { xvfb, driver } = this.#programs;
    const { child, display } = await startXvfb(xvfb);
    this.#xvfb = child;
    this.#gtkConfig = await gtkConfig();
    const port = await freePort();
    // TZ on the driver reaches MiniBrowser: the zone is the browser process's own, as a visitor's would be.
    this.#driver = start(driver, [`--port=${port}`, '--host=local'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display, TZ: this.#timeZone, XDG_CONFIG_HOME: this.#gtkConfig },
    });
    await waitForDriver(this.#driver, port);
    this.options.port = port;
  }
}

/** WebKit (MiniBrowser) in `timeZone`. */
export function webkit(timeZone) {
  const programs = {
    xvfb: requireProgram('Xvfb', 'xvfb'),
    driver: requireProgram('WebKitWebDriver', 'webkit2gtk-driver'),
    miniBrowser: requireProgram(miniBrowser, 'libwebkit2gtk-4.1-0'), // a dependency of webkit2gtk-driver
  };
  return timed(new WebKitLauncher(timeZone, programs));
}
