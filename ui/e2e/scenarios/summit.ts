// The facilitator's evening on one laptop: set-up, the door, the kiosk, capture, the board,
// votes, the projector in two languages, settings.

import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Keys, sleep } from "../harness";
import { expect, type Scenario } from "../runner";
import { closeKiosk, kioskWindow } from "./kiosk";

export const summit: Scenario = {
  name: "summit",
  steps: [
    "launch the app on an empty database",
    "create a session",
    "set the agenda",
    "add groups and questions",
    "run of show",
    "sign in 15 people at the door",
    "sign in 5 more at the kiosk",
    "capture 50 concerns with tags in two groups",
    "merge a duplicate on the board",
    "enter dot votes and see the tally on the projector",
    "a ranked ballot cast at the kiosk counts in the tally",
    "an attendee signs in at the kiosk in Amharic",
    "an attendee signs in at the kiosk in vi, addressed formally",
    "an attendee signs in at the kiosk in ko, addressed formally",
    "settings, and switching language at once",
    "the reports screen",
    "the sessions list",
  ],
  async run(ctx) {
    const { step, scan } = ctx;

    const db = join(mkdtempSync(join(tmpdir(), "convene-db-")), "summit.sqlite3");
    const app = await ctx.launch("launch the app on an empty database", ["--db", db, "--locale", "en", "--kiosk-thanks-seconds", "1"]);
    const d = app.d;
    const main = await d.window();

    await step("create a session", async () => {
      await app.go("sessions");
      await app.fill("Title", "North Precinct Summit");
      await app.choose("Kind", "summit");
      await app.fill("Precinct", "North");
      await app.fill("Room booked for (minutes)", "90");
      await app.fill("Languages spoken", "en, es");
      await app.fill("Languages interpreted", "vi, am");
      await (await app.button("Create session")).click();
      await d.waitFor("the set-up screen", `return document.querySelector('main')?.dataset.screen === 'setup'`);
      expect((await app.text(".session-title")).includes("North Precinct Summit"), "the header names the open session");
    });

    await step("set the agenda", async () => {
      const items: [string, string][] = [
        ["Welcome", "5"],
        ["Closing", "5"],
        ["Presentation from the precinct", "15"],
        ["Breakout groups", "30"],
        ["Report-out", "15"],
        ["Dot vote", "10"],
      ];
      for (const [title, minutes] of items) {
        await app.fill("Minutes", minutes, "form[aria-label='Add item']");
        const t = await app.fill("Item", title, "form[aria-label='Add item']");
        await t.type(Keys.enter);
        await d.waitFor(`agenda item ${title}`, `return [...document.querySelectorAll('.agenda-title')].some(e => e.textContent === arguments[0])`, 5000, title);
      }
      // Closing belongs last: move it down with the keyboard, four places.
      for (let i = 0; i < 4; i++) {
        const handle = await d.find(`.agenda-list li:nth-child(${2 + i}) .handle`);
        await handle.type(Keys.alt + Keys.down + Keys.null);
        await d.waitFor("the move", `return document.querySelector('.agenda-list li:nth-child(${3 + i}) .agenda-title')?.textContent === 'Closing'`, 5000);
      }
      const order = await d.exec<string[]>(`return [...document.querySelectorAll('.agenda-title')].map(e => e.textContent)`);
      expect(order.at(-1) === "Closing" && order[0] === "Welcome", `Closing moved to the end by keyboard: ${order}`);
      expect((await app.text(".agenda-total")).includes("80 of the 90"), "the running total is checked against the booking");
      await app.fill("Minutes", "20", "form[aria-label='Add item']");
      await (await app.fill("Item", "Extra presentation", "form[aria-label='Add item']")).type(Keys.enter);
      await d.waitFor("the overrun warning", `return document.querySelector('.agenda-total.warning') !== null`);
      await (await app.byAria("Remove “Extra presentation”")).click();
      await d.waitFor("the warning to clear", `return document.querySelector('.agenda-total.warning') === null`);
    });

    await step("add groups and questions", async () => {
      for (const [name, lang] of [["Table 1", "en"], ["Mesa 2", "es"]]) {
        await app.fill("Language", lang, "form[aria-label='Add group']");
        await (await app.fill("Group name", name, "form[aria-label='Add group']")).type(Keys.enter);
        await d.waitFor(`group ${name}`, `return [...document.querySelectorAll('[data-group] strong')].some(e => e.textContent === arguments[0])`, 5000, name);
      }
      await app.fill("Language", "en", "form[aria-label='Add question']");
      await (await app.fill("Question", "What matters most for safety on your block?", "form[aria-label='Add question']")).type(Keys.enter);
      await app.fill("Language", "es", "form[aria-label='Add question']");
      await (await app.fill("Question", "¿Qué es lo más importante para la seguridad en su cuadra?", "form[aria-label='Add question']")).type(Keys.enter);
      await d.waitFor("two questions", `return document.querySelectorAll('main ol.plain-list li').length === 2`);
      await app.fill("Language", "vi", "form[aria-label='Add question']");
      await (await app.fill("Question", "Điều gì quan trọng nhất cho sự an toàn trong khu phố của bạn?", "form[aria-label='Add question']")).type(Keys.enter);
      await d.waitFor("three questions", `return document.querySelectorAll('main ol.plain-list li').length === 3`);
      await app.shot("setup");
      await scan(app, "setup");
    });

    await step("run of show", async () => {
      await app.go("run");
      await (await app.button("Start the agenda")).click();
      await d.waitFor("the timer", `return /\\d+:\\d\\d/.test(document.querySelector('.timer')?.textContent ?? '')`);
      expect((await app.text(".now-title")) === "Welcome", "the first item runs");
      await d.exec(`document.activeElement?.blur()`);
      await (await d.find("main h1")).click();
      await (await d.find("body")).type("n");
      await d.waitFor("the next item", `return document.querySelector('.now-title')?.textContent === 'Presentation from the precinct'`);
      await (await app.button("Previous item")).click();
      await d.waitFor("the item before", `return document.querySelector('.now-title')?.textContent === 'Welcome'`);
      await (await app.button("Next item")).click();
      await d.waitFor("the next item again", `return document.querySelector('.now-title')?.textContent === 'Presentation from the precinct'`);
      expect((await app.count(".run-list li.finished")) === 1, "the finished item is recorded");
      await app.shot("run-of-show");
      await scan(app, "run");
    });

    await step("sign in 15 people at the door", async () => {
      await app.go("signin");
      for (let n = 1; n <= 14; n++) {
        const spanish = n % 3 === 0;
        await app.fill("Preferred language", spanish ? "es" : "en");
        if (spanish) {
          await d.exec(`document.querySelector('[id="' + arguments[0] + '"]').dispatchEvent(new Event('change'))`, await app.labelled("Preferred language"));
          await d.waitFor("a group suggestion", `return document.querySelector('#signin-group')?.selectedOptions[0]?.textContent === 'Mesa 2'`);
        }
        await app.fill("Neighbourhood", n % 2 ? "Greenwood" : "Lake City");
        const name = await app.fill("Name", n % 4 === 0 ? "" : `Resident ${n}`);
        await name.type(Keys.enter);
        await d.waitFor(`sign-in ${n}`, `return document.querySelector('.counts .total')?.textContent.replace(/[\\u2068\\u2069]/g, '').startsWith(arguments[0])`, 5000, n === 1 ? "One person" : `${n} people`);
      }
      // The same person again: warned, then signed in on a second Enter.
      await (await app.fill("Name", "Resident 5")).type(Keys.enter);
      await d.waitFor("the duplicate warning", `return !document.querySelector('.warning-box').hidden`);
      await (await app.byLabel("Name")).type(Keys.enter);
      await d.waitFor("15 signed in", `return document.querySelector('.counts .total')?.textContent.replace(/[\\u2068\\u2069]/g, '').startsWith('15 people')`);
      await app.shot("sign-in");
      await scan(app, "signin");
    });

    await step("sign in 5 more at the kiosk", async () => {
      await app.choose("The kiosk is for", "sign-in");
      await app.fill("Facilitator PIN", "2468");
      await (await d.find("#kiosk-start")).click();
      const kiosk = await d.waitFor<string>("the kiosk window", `return true`, 1000).then(async () => {
        for (let i = 0; i < 50; i++) {
          const handles = await d.windows();
          const other = handles.find((x) => x !== main);
          if (other) return other;
          await sleep(200);
        }
        throw new Error("no kiosk window");
      });
      await d.switchTo(kiosk);
      await d.waitFor("language choices", `return document.querySelectorAll('.language-choice').length === 2`, 10000);
      expect(await d.exec(`return document.querySelector('.recent, .counts') === null`), "the kiosk shows no one else's entries");
      for (const [i, lang] of ["es", "en", "es", "es", "en"].entries()) {
        await (await d.find(`.language-choice[data-lang="${lang}"]`)).click();
        await d.waitFor("the form", `return document.querySelector('#k-zip') !== null`);
        expect((await d.exec<string>(`return document.documentElement.lang`)) === lang, `the kiosk speaks ${lang}`);
        if (i === 0) await app.shot("kiosk-es");
        if (i === 1) await app.shot("kiosk-en");
        await (await d.find("#k-zip")).type("98103");
        await (await d.find("#k-neighbourhood")).type("Greenwood");
        await (await d.find("#k-submit")).click();
        await d.waitFor("thanks", `return document.querySelector('h1[role=status]') !== null`);
        await d.waitFor("the next person", `return document.querySelectorAll('.language-choice').length === 2`, 8000);
      }
      await scan(app, "kiosk-sign-in");
      await (await d.find(".kiosk-exit")).click();
      await (await d.find("#k-pin")).type("1111" + Keys.enter);
      await d.waitFor("the wrong-PIN message", `return document.querySelector('.kiosk-error')?.textContent.length > 0`);
      // The right PIN closes the window, possibly while this very keystroke is being delivered.
      await (await d.find("#k-pin")).type("2468" + Keys.enter).catch((e: Error) => {
        if (!e.message.includes("no such window")) throw e;
      });
      for (let i = 0; i < 50 && (await d.windows()).includes(kiosk); i++) await sleep(200);
      expect(!(await d.windows()).includes(kiosk), "the PIN closes the kiosk");
      await d.switchTo(main);
      await d.waitFor("20 signed in", `return document.querySelector('.counts .total')?.textContent.replace(/[\\u2068\\u2069]/g, '').startsWith('20 people')`, 10000);
      const es = await d.exec<string>(`return [...document.querySelectorAll('.count-box dt')].find(e => e.textContent === 'Spanish')?.nextElementSibling?.textContent`);
      expect(es === "7", `counts by language include the kiosk's Spanish speakers (got ${es})`);
    });

    const tags = ["lighting", "traffic", "youth", "homelessness", "property-crime"];
    // Distinct words per capture, so the only likely duplicates are the two meant to be.
    const things = "potholes graffiti speeding noise dumping loitering parking sidewalks crosswalks alarms fireworks racing vandalism theft scams benches trash drainage signage fences bikes scooters dogs shelters".split(" ");
    const places = "Aurora Ballard Fremont Holly Interbay Judkins Kenmore Laurelhurst Madrona Northgate Olympic Pinehurst Queen Ravenna Seward Tangletown University Victory Wallingford Yesler Alki Broadview Cascade Delridge".split(" ");
    const cosas = "baches pintadas velocidad ruido basura estacionamiento aceras cruces alarmas cohetes carreras robos estafas bancas desagües letreros cercas bicicletas patinetas perros refugios luces parques escuelas".split(" ");
    await step("capture 50 concerns with tags in two groups", async () => {
      await app.go("capture");
      await app.choose("Group", (await d.exec<string>(`return [...document.querySelectorAll('#capture-group option')].find(o => o.textContent.endsWith('Table 1')).value`)));
      const text = await d.find("#capture-text");
      for (let n = 1; n <= 25; n++) {
        const words = n === 1 ? "Streetlights out on 23rd Ave, a dark walk from the bus stop" : `${things[n - 2]} around ${places[n - 2]}`;
        await text.type(`${words} #${tags[n % tags.length].slice(0, 3)}`);
        // Tab takes the autocompleted tag.
        await text.type(Keys.tab);
        await text.type(Keys.enter);
        await d.waitFor(`capture ${n}`, `return document.querySelectorAll('.capture.saved').length === Math.min(15, arguments[0]) && !document.querySelector('.capture.pending')`, 5000, n);
      }
      // Alt+<its number> switches to the other group from the keyboard.
      const place = await d.exec<number>(`return [...document.querySelectorAll('#capture-group option')].findIndex(o => o.textContent.endsWith('Mesa 2'))`);
      await text.type(Keys.alt + String(place) + Keys.null);
      await d.waitFor("group 2", `return document.querySelector('#capture-group').selectedOptions[0].textContent.endsWith('Mesa 2')`);
      for (let n = 1; n <= 25; n++) {
        const words = n === 1 ? "Streetlights out on 23rd Ave and a dark walk from the bus" : `${cosas[n - 2]} cerca de ${places[n - 2]}`;
        await text.type(`${words} #${tags[(n + 2) % tags.length]} `);
        await text.type(Keys.enter);
        await d.waitFor(`capture ${n}`, `return document.querySelectorAll('.capture.saved').length === Math.min(15, arguments[0]) && !document.querySelector('.capture.pending')`, 5000, n);
      }
      expect((await app.text(".captures li:first-child .tag-chip")).startsWith("#"), "tags were taken from the text");
      // Undo the last action: an accidental capture disappears again.
      await text.type("typed by mistake" + Keys.enter);
      await d.waitFor("26 in the group", `return document.querySelector('main p.hint[aria-live]').textContent.replace(/[\\u2068\\u2069]/g, '').startsWith('26')`);
      await text.type(Keys.control + "z" + Keys.null);
      await d.waitFor("undone", `return document.querySelector('main p.hint[aria-live]').textContent.replace(/[\\u2068\\u2069]/g, '').startsWith('25')`);
      // A concern that names someone is removed as personal information, after a confirmation.
      await text.type("Officer told Maria Quetzal at 123 Oak St to move" + Keys.enter);
      await d.waitFor("26 again", `return document.querySelector('main p.hint[aria-live]').textContent.replace(/[\u2068\u2069]/g, '').startsWith('26')`);
      await (await d.find(".captures li:first-child .redact-ask")).click();
      await d.waitFor("the confirmation", `return document.querySelector('.captures li:first-child .redact-confirm') !== null`);
      await app.shot("capture-redact");
      await scan(app, "capture, removing a concern that names someone");
      await (await d.find(".captures li:first-child .redact-confirm button.danger")).click();
      await d.waitFor("removed", `return document.querySelector('main p.hint[aria-live]').textContent.replace(/[\u2068\u2069]/g, '').startsWith('25')`);
      expect(!(await app.text(".captures")).includes("Maria Quetzal"), "the words are gone from the list");
      const files = [db, `${db}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString("latin1"));
      expect(files.length > 0 && files.every((f) => !f.includes("Maria Quetzal")), "and from the database file and its WAL");
      // Quick status key on the last capture.
      await text.type(Keys.control + "2" + Keys.null);
      await sleep(300);
      await app.shot("capture");
      await scan(app, "capture");
    });

    await step("merge a duplicate on the board", async () => {
      await app.go("board");
      await d.waitFor("50 cards", `return document.body.dataset.boardCards === '50'`);
      expect((await app.count(".board-column[data-status='under-review'] .board-card")) === 1, "the quick key set a status");
      await d.waitFor("a duplicate suggestion", `return [...document.querySelectorAll('.dup')].some(e => e.textContent.includes('Streetlights'))`);
      const merge = await d.exec<boolean>(`const li = [...document.querySelectorAll('.dup')].find(e => e.textContent.includes('Streetlights')); li.querySelector('button').dataset.e2e = 'merge'; return true`);
      expect(merge, "found the merge button");
      // Keyboard-first: focus the button and press Enter, as a facilitator at the laptop would.
      await (await d.find("[data-e2e=merge]")).type(Keys.enter);
      await d.waitFor("49 cards", `return document.body.dataset.boardCards === '49'`);
      // Search narrows the board.
      await (await d.find("#board-search")).type("Streetlights");
      await d.waitFor("one card", `return document.body.dataset.boardCards === '1' && document.querySelectorAll('.board-card').length === 1`);
      await (await d.find("#board-search")).clear();
      await d.exec(`document.querySelector('#board-search').dispatchEvent(new Event('input'))`);
      await d.waitFor("49 cards again", `return document.body.dataset.boardCards === '49'`);
      // A long column shows its first cards and offers the rest.
      const shown = await app.count(".board-column[data-status='new'] .board-card");
      await (await d.find(".board-column[data-status='new'] button.more")).type(Keys.enter);
      await d.waitFor("the rest of the column", `return document.querySelectorAll(".board-column[data-status='new'] .board-card").length > arguments[0]`, 5000, shown);
      await app.shot("board");
      await scan(app, "board");
    });

    await step("enter dot votes and see the tally on the projector", async () => {
      await app.go("voting");
      const dots = [3, 12, 7, 4, 9];
      for (const [i, n] of dots.entries()) {
        const input = (await d.findAll(".dot-input"))[i];
        await input.type(`${n}${Keys.enter}`);
        await d.waitFor("the count", `return document.querySelectorAll('tbody tr')[arguments[0]]?.querySelector('.num')?.textContent === arguments[1]`, 5000, i, String(n));
      }
      const top = await d.exec<string>(`return document.querySelectorAll('tbody tr')[1].querySelector('th').firstChild.textContent`);
      await app.shot("voting");
      await scan(app, "voting");
      await (await d.find("#show-results")).click();
      let projector = "";
      for (let i = 0; i < 50 && !projector; i++) {
        projector = (await d.windows()).find((x) => x !== main) ?? "";
        await sleep(200);
      }
      expect(projector, "the projector window opened");
      await d.switchTo(projector);
      await d.waitFor("the chart", `return document.querySelectorAll('.chart li').length > 0`, 10000);
      const first = await d.exec<string>(`return document.querySelector('.chart li .bar-label').textContent`);
      const value = await d.exec<string>(`return document.querySelector('.chart li .bar-value').textContent`);
      expect(first.startsWith(top) && value.includes("12"), `the projector's chart leads with the 12-dot concern (${first}: ${value})`);
      await app.shot("projector");
      await scan(app, "projector");
      // Live: more dots in the main window move the chart at once.
      await d.switchTo(main);
      await (await d.findAll(".dot-input"))[0].type(`20${Keys.enter}`);
      await d.switchTo(projector);
      await d.waitFor("the live update", `return document.querySelector('.chart li .bar-value')?.textContent.includes('23')`, 5000);
      // The room hears two languages: the projector shows the question and results side by side.
      await d.switchTo(main);
      await app.go("run");
      await app.choose("Second language, side by side", "es");
      await app.choose("Question on screen", await d.exec<string>(`return [...document.querySelectorAll('#projector-question option')].find(o => o.textContent.startsWith('What matters')).value`));
      await d.switchTo(projector);
      await d.waitFor("two columns", `return document.querySelectorAll('.projector-column').length === 2 && document.querySelectorAll('.projector-question').length === 2`, 5000);
      const questions = await d.exec<string[]>(`return [...document.querySelectorAll('.projector-question')].map(e => e.textContent)`);
      expect(questions[0].startsWith("What matters") && questions[1].startsWith("¿Qué es"), `each column shows the question in its language (${questions})`);
      expect((await d.exec<string>(`return document.querySelector('.projector-column[lang=es] h2').textContent`)) === "Ahora", "the Spanish column's labels are Spanish");
      await app.shot("projector-en-es");

      // English and Vietnamese side by side: the question and every label in each column's own
      // language, Vietnamese diacritics drawn by the projector's fonts.
      await d.switchTo(main);
      await app.choose("Second language, side by side", "vi");
      await d.switchTo(projector);
      await d.waitFor("a Vietnamese column", `return document.querySelector('.projector-column[lang=vi] .projector-question')?.textContent.startsWith('Điều gì')`, 5000);
      const vi = await d.exec<string[]>(`return [...document.querySelectorAll('.projector-column[lang=vi] h2')].map(e => e.textContent)`);
      expect(vi[0] === "Hiện tại", `the Vietnamese column's labels are Vietnamese (${vi})`);
      expect((await app.text(".projector-column[lang=en] .projector-question")).startsWith("What matters"), "the English column keeps the English question");
      await app.shot("projector-en-vi");
      await d.switchTo(main);
      await app.choose("Second language, side by side", "es");
    });

    await step("a ranked ballot cast at the kiosk counts in the tally", async () => {
      await app.go("signin");
      await app.choose("The kiosk is for", "ballot");
      await app.choose("Ballot", "rank");
      await app.fill("Facilitator PIN", "2468");
      await (await d.find("#kiosk-start")).click();
      // The projector is open too: find the window showing the kiosk.
      const kiosk = await kioskWindow(app, main);
      await (await d.find('.language-choice[data-lang="es"]')).click();
      await d.waitFor("the ballot", `return document.querySelectorAll('.ballot-list button').length > 2`);
      await (await d.findAll(".ballot-list button"))[2].click();
      await (await d.findAll(".ballot-list button"))[0].click();
      await d.waitFor("two ranked", `return document.querySelectorAll('.ballot-list .rank').length === 2`);
      await app.shot("kiosk-ballot-es");
      await scan(app, "kiosk-ballot");
      await (await d.find("form.kiosk-form button[type=submit]")).click();
      await d.waitFor("thanks", `return document.querySelector('h1[role=status]') !== null`);
      await closeKiosk(app, kiosk, main);
      await app.go("voting");
      await d.waitFor("the ranked tally", `return document.body.textContent.replace(/[\\u2068\\u2069]/g, '').includes('Ranked ballots (one ballot)')`);
    });

    await step("an attendee signs in at the kiosk in Amharic", async () => {
      await app.go("signin");
      await app.choose("The kiosk is for", "sign-in");
      // The kiosk offers the shipped languages, and only those.
      const offered = await d.exec<string[]>(`return [...document.querySelectorAll('#' + [...document.querySelectorAll('label')].find(l => l.textContent === 'Third language offered').htmlFor + ' option')].map(o => o.value).filter(Boolean)`);
      expect(offered.includes("am") && offered.includes("ar") && offered.includes("vi") && !offered.includes("qps-ploc"), `the kiosk offers shipped languages (${offered})`);
      await app.choose("Third language offered", "am");
      await app.fill("Facilitator PIN", "2468");
      await (await d.find("#kiosk-start")).click();
      const kiosk = await kioskWindow(app, main);
      await d.waitFor("three language choices", `return document.querySelectorAll('.language-choice').length === 3`, 10000);
      await app.shot("kiosk-languages");
      await (await d.find('.language-choice[data-lang="am"]')).click();
      await d.waitFor("the form", `return document.querySelector('#k-zip') !== null`);
      expect((await d.exec<string>(`return document.documentElement.lang`)) === "am", "the kiosk speaks Amharic");
      const heading = await app.text("main h1, .kiosk h1");
      expect(heading === "ይመዝገቡ", `the kiosk's heading is Amharic (${heading})`);
      const labels = await d.exec<string>(`return [...document.querySelectorAll('label')].map(l => l.textContent).join(' ')`);
      expect(/[\u1200-\u137F]/.test(labels) && !/Your name|neighbourhood/.test(labels), `every label is Amharic (${labels})`);
      await app.shot("kiosk-am");
      await scan(app, "kiosk-sign-in (am)");
      await (await d.find("#k-neighbourhood")).type("ቦሌ");
      await (await d.find("#k-submit")).click();
      await d.waitFor("thanks in Amharic", `return document.querySelector('h1[role=status]')?.textContent.includes('እናመሰግናለን')`);
      await d.waitFor("the next person", `return document.querySelectorAll('.language-choice').length === 3`, 8000);
      await closeKiosk(app, kiosk, main);
      await app.go("signin");
      await d.waitFor("the Amharic speaker counted", `return [...document.querySelectorAll('.count-box dt')].some(e => e.textContent === 'Amharic')`, 10000);
    });

    for (const [lang, script, heading] of [
      ["vi", /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, "Đăng ký"],
      ["ko", /[\uAC00-\uD7A3]/, "등록하기"],
    ] as const) {
      await step(`an attendee signs in at the kiosk in ${lang}, addressed formally`, async () => {
        await app.go("signin");
        await app.choose("The kiosk is for", "sign-in");
        await app.choose("Third language offered", lang);
        await app.fill("Facilitator PIN", "2468");
        await (await d.find("#kiosk-start")).click();
        const kiosk = await kioskWindow(app, main);
        await d.waitFor("three language choices", `return document.querySelectorAll('.language-choice').length === 3`, 10000);
        // Each language says, in its own words, that no fluent speaker has reviewed it yet.
        const note = await d.exec<string>(`return document.querySelector('.language-choice[data-lang="${lang}"] .language-review')?.textContent ?? ''`);
        expect(script.test(note), `the ${lang} choice says its review status in ${lang} (${note})`);
        await (await d.find(`.language-choice[data-lang="${lang}"]`)).click();
        await d.waitFor("the form", `return document.querySelector('#k-zip') !== null`);
        expect((await d.exec<string>(`return document.documentElement.lang`)) === lang, `the kiosk speaks ${lang}`);
        const text = await d.exec<string>(`return document.body.innerText`);
        expect(script.test(text) && !/Your name|neighbourhood/.test(text), `the kiosk is in ${lang} (${text.slice(0, 200)})`);
        const h = await app.text("main h1, .kiosk h1");
        expect(h.length > 0 && h !== "Sign in", `the heading is translated (${h}; expected like ${heading})`);
        // The formal register: "quý vị", never "bạn", in Vietnamese; no informal 반말 endings in Korean.
        if (lang === "vi") expect(!/\bbạn\b/i.test(text), `the Vietnamese kiosk says quý vị, not bạn (${text})`);
        if (lang === "ko") expect(!/(해라|하렴|했니|한다\.)/.test(text), `the Korean kiosk is polite (${text})`);
        await app.shot(`kiosk-${lang}`);
        await scan(app, `kiosk-sign-in (${lang})`);
        await (await d.find("#k-neighbourhood")).type(lang === "vi" ? "Rainier Beach" : "Greenwood");
        await (await d.find("#k-submit")).click();
        await d.waitFor("thanks", `return document.querySelector('h1[role=status]') !== null`);
        await d.waitFor("the next person", `return document.querySelectorAll('.language-choice').length === 3`, 8000);
        await closeKiosk(app, kiosk, main);
      });
    }

    await step("settings, and switching language at once", async () => {
      await app.go("settings");
      await app.fill("Laptop name", "Table 1 laptop");
      await (await app.button("Save", "form[aria-labelledby='device-heading']")).click();
      await app.shot("settings");
      await scan(app, "settings");
      await app.choose("Language of this app", "es");
      await d.waitFor("Spanish at once", `return document.querySelector('nav a[data-route=sessions]')?.textContent === 'Sesiones'`);
      await app.choose("Idioma de la aplicación", "en");
      await d.waitFor("English again", `return document.querySelector('nav a[data-route=sessions]')?.textContent === 'Sessions'`);
    });

    await step("the reports screen", async () => {
      await app.go("reports");
      expect((await app.count("main form")) >= 3, "the PDF, CSV out and CSV in forms are there");
      await app.shot("reports");
      await scan(app, "reports");
    });

    await step("the sessions list", async () => {
      await app.go("sessions");
      expect((await app.text("tbody")).includes("North Precinct Summit"), "the new session is listed");
      await app.shot("sessions");
      await scan(app, "sessions");
    });

    await d.quit();
  },
};
