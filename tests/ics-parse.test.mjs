// The calendar files the Rust writer made (tests/export_ics.rs writes them to
// target/ics-samples/ during `cargo test`), read back by an independent iCalendar parser,
// ical.js: every event's date, exclusive end, UID and reminder must be what the timeline said.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import ICAL from "ical.js";

const dir = "target/ics-samples";
const read = (name) => {
  const path = `${dir}/${name}`;
  assert.ok(existsSync(path), `${path} is missing: run cargo test first (it writes the samples)`);
  return readFileSync(path, "utf8");
};

const events = (text) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

const nextDay = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

for (const persona of ["maryland-medicaid", "northern-california", "northern-california-es"]) {
  test(`${persona}: each timeline date is one all-day event with its UID and reminder`, () => {
    const expected = JSON.parse(read(`${persona}.expected.json`));
    // The reminder's and description's words in the file's language, from the table.
    const words = JSON.parse(read(`${persona}.words.json`));
    const parsed = events(read(`${persona}.ics`));
    assert.equal(parsed.length, expected.length);
    assert.ok(expected.length >= 3);
    for (const want of expected) {
      const event = parsed.find((e) => e.uid === want.uid);
      assert.ok(event, `no event ${want.uid}`);
      assert.equal(event.startDate.isDate, true, "all-day");
      assert.equal(event.startDate.toString(), want.date);
      assert.equal(event.endDate.toString(), nextDay(want.date), "DTEND is the next day");
      assert.equal(event.component.getFirstPropertyValue("dtstamp").toString(), "2026-03-09T14:05:09Z");
      const alarms = event.component.getAllSubcomponents("valarm");
      assert.equal(alarms.length, want.alarm ? 1 : 0, want.uid);
      if (want.alarm) {
        const alarm = alarms[0];
        assert.equal(alarm.getFirstPropertyValue("action"), "DISPLAY");
        const trigger = alarm.getFirstPropertyValue("trigger");
        assert.equal(trigger.isNegative, true);
        assert.equal(trigger.toSeconds(), -(2 * 86400 + 15 * 3600), "9:00 three days before");
        assert.ok(alarm.getFirstPropertyValue("description").startsWith(words.reminder), want.uid);
      }
      assert.ok(event.summary.length > 0);
      assert.ok(event.description.endsWith(words.last), event.description);
    }
  });
}

test("Spanish text with accents, commas, semicolons and markup unfolds and unescapes exactly", () => {
  const [event] = events(read("spanish.ics"));
  assert.equal(
    event.summary,
    "Último día para pedir la Revisión Médica Independiente de su apelación, señora Muñoz",
  );
  assert.equal(
    event.description,
    "Reúna la decisión; la carta, y el formulario.\n<img src=x onerror=alert(1)>",
  );
  assert.equal(event.startDate.toString(), "2026-07-30");
  const alarm = event.component.getFirstSubcomponent("valarm");
  assert.equal(alarm.getFirstPropertyValue("description"), "En 3 días: último día");
});
