import { PEOPLE_COUNT_MESSAGE, parsePeopleCount } from "../../src/taskpane/logic/peopleCount";

test("whole numbers of 0 or more are counts; an empty box is not typed", () => {
  expect(parsePeopleCount("0")).toEqual({ ok: true, value: 0 });
  expect(parsePeopleCount(" 12 ")).toEqual({ ok: true, value: 12 });
  expect(parsePeopleCount("1,200")).toEqual({ ok: true, value: 1200 });
  expect(parsePeopleCount("")).toEqual({ ok: true, value: undefined });
});

test.each(["x", "-2", "1.6", "1e3", "2 people", "NaN"])("%s is refused with the message, never corrected", (text) => {
  expect(parsePeopleCount(text)).toEqual({ ok: false, error: PEOPLE_COUNT_MESSAGE });
});
