// A small W3C WebDriver client over fetch: just the commands these tests use, talking to
// tauri-driver, which forwards to WebKitWebDriver and the real app.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export const Keys = {
  enter: "\uE007",
  tab: "\uE004",
  alt: "\uE00A",
  control: "\uE009",
  up: "\uE013",
  down: "\uE015",
  null: "\uE000",
  backspace: "\uE003",
};

export class WebDriverError extends Error {}

export class Element {
  constructor(
    readonly driver: Driver,
    readonly id: string,
    readonly selector: string,
  ) {}
  click(): Promise<unknown> {
    return this.driver.cmd("POST", `/element/${this.id}/click`, {});
  }
  type(text: string): Promise<unknown> {
    return this.driver.cmd("POST", `/element/${this.id}/value`, { text });
  }
  clear(): Promise<unknown> {
    return this.driver.cmd("POST", `/element/${this.id}/clear`, {});
  }
  async text(): Promise<string> {
    return (await this.driver.cmd("GET", `/element/${this.id}/text`)) as string;
  }
  async value(): Promise<string> {
    return (await this.driver.cmd("GET", `/element/${this.id}/property/value`)) as string;
  }
}

export class Driver {
  private constructor(
    readonly base: string,
    readonly session: string,
  ) {}

  static async start(base: string, application: string, args: string[]): Promise<Driver> {
    const res = await fetch(`${base}/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ capabilities: { alwaysMatch: { "tauri:options": { application, args } } } }),
    });
    const body = (await res.json()) as { value: { sessionId: string; message?: string } };
    if (!res.ok) throw new WebDriverError(`new session: ${JSON.stringify(body)}`);
    return new Driver(base, body.value.sessionId);
  }

  async cmd(method: string, path: string, body?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.base}/session/${this.session}${path}`, {
        method,
        headers: body === undefined ? undefined : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        // A hung driver fails the step instead of the whole run.
        signal: AbortSignal.timeout(60000),
      });
    } catch (e) {
      throw new WebDriverError(`${method} ${path}: ${(e as Error).message} (${String((e as Error).cause ?? "")})`);
    }
    const json = (await res.json().catch(() => ({ value: null }))) as { value: unknown };
    if (!res.ok) throw new WebDriverError(`${method} ${path}: ${JSON.stringify(json.value).slice(0, 500)}`);
    return json.value;
  }

  async find(selector: string, timeoutMs = 10000): Promise<Element> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const v = (await this.cmd("POST", "/element", { using: "css selector", value: selector })) as Record<string, string>;
        return new Element(this, v[ELEMENT], selector);
      } catch (e) {
        if (Date.now() > deadline) throw new WebDriverError(`no element ${selector}: ${(e as Error).message}`);
        await sleep(100);
      }
    }
  }

  async findAll(selector: string): Promise<Element[]> {
    const v = (await this.cmd("POST", "/elements", { using: "css selector", value: selector })) as Record<string, string>[];
    return v.map((x) => new Element(this, x[ELEMENT], selector));
  }

  exec<T>(script: string, ...args: unknown[]): Promise<T> {
    return this.cmd("POST", "/execute/sync", { script, args }) as Promise<T>;
  }

  /** A script that only reads the page, retried when WebKitWebDriver loses its result (it
   * answers "Could not parse script result" now and then while the page repaints). Scripts
   * that change the page go through `exec`, which never runs them twice. */
  async read<T>(script: string, ...args: unknown[]): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.exec<T>(script, ...args);
      } catch (e) {
        if (attempt >= 3 || !String((e as Error).message).includes("Could not parse script result")) throw e;
        await sleep(200);
      }
    }
  }

  execAsync<T>(script: string, ...args: unknown[]): Promise<T> {
    return this.cmd("POST", "/execute/async", { script, args }) as Promise<T>;
  }

  /** Polls `script` (a function body returning a value) until it returns something truthy. */
  async waitFor<T>(what: string, script: string, timeoutMs = 10000, ...args: unknown[]): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      last = await this.read<T>(script, ...args);
      if (last) return last as T;
      if (Date.now() > deadline) throw new WebDriverError(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(100);
    }
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.cmd("GET", "/screenshot")) as string, "base64");
  }

  async windows(): Promise<string[]> {
    return (await this.cmd("GET", "/window/handles")) as string[];
  }

  async window(): Promise<string> {
    return (await this.cmd("GET", "/window")) as string;
  }

  async switchTo(handle: string): Promise<void> {
    await this.cmd("POST", "/window", { handle });
  }

  async setWindowRect(width: number, height: number): Promise<void> {
    await this.cmd("POST", "/window/rect", { width, height }).catch(() => undefined);
  }

  async quit(): Promise<void> {
    await fetch(`${this.base}/session/${this.session}`, { method: "DELETE", signal: AbortSignal.timeout(20000) }).catch(() => undefined);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
