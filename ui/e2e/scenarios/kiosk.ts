// The kiosk window, found among the app's windows and closed with the facilitator's PIN.

import { type App, Keys, sleep } from "../harness";
import { expect } from "../runner";

/** The window showing the kiosk (the projector may be open too), switched to. */
export async function kioskWindow(app: App, main: string): Promise<string> {
  const d = app.d;
  for (let i = 0; i < 50; i++) {
    for (const w of (await d.windows()).filter((x) => x !== main)) {
      await d.switchTo(w);
      if (await d.exec<boolean>("return location.hash.startsWith('#/kiosk')").catch(() => false)) return w;
    }
    await sleep(200);
  }
  throw new Error("the kiosk window did not open");
}

/** Closes the kiosk with the facilitator's PIN and goes back to the main window. */
export async function closeKiosk(app: App, kiosk: string, main: string): Promise<void> {
  const d = app.d;
  await (await d.find(".kiosk-exit")).click();
  // The right PIN closes the window, possibly while this very keystroke is being delivered.
  await (await d.find("#k-pin")).type("2468" + Keys.enter).catch((e: Error) => {
    if (!e.message.includes("no such window")) throw e;
  });
  for (let i = 0; i < 50 && (await d.windows()).includes(kiosk); i++) await sleep(200);
  expect(!(await d.windows()).includes(kiosk), "the PIN closes the kiosk");
  await d.switchTo(main);
}
