/**
 * The command line's piece-wise reading of UTF-8 files (issue 15): pieces end after whole characters,
 * files decodeBytes reads another way are declined, and readInputFiles reads a file alike whether it
 * goes piece by piece (score) or through its kept bytes (--out).
 */
import { isUtf8 } from "node:buffer";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputFiles } from "../../src/cli/readFiles";
import { checkedPieces, filePieces, utf8FileText, wholeCharactersEnd } from "../../src/cli/utf8File";
import { InputError, decodeBytes } from "../../src/engine";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "spd-utf8-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage";
// Two-, three- and four-byte characters, so that pieces of any size cut inside some of them.
const ROWS = ["Müller GmbH,CSP Tier1,Exchange,Oct-2024,13,14", "日本商事,CPOR,Teams,Oct-2024,5,20", '"Café 😀, Ltd",CSP Tier 2,SharePoint,Oct-2025,7,9'];

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("wholeCharactersEnd", () => {
  it("leaves a character whose bytes run past the end for the next piece", () => {
    const bytes = new Uint8Array(Buffer.from("aé日😀", "utf8")); // 1 + 2 + 3 + 4 bytes
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((end) => wholeCharactersEnd(bytes, end))).toEqual([1, 1, 3, 3, 3, 6, 6, 6, 6, 10]);
  });
});

describe("filePieces", () => {
  it.each([1, 2, 3, 5, 64])("cuts a file in %i-byte reads into pieces of whole characters that decode to the file's text", (size) => {
    const path = file(`pieces-${size}.csv`, `\ufeff${HEADER}\r\n${ROWS.join("\r\n")}\r\n`.repeat(3));
    const pieces: Buffer[] = [];
    for (const piece of filePieces(path, size)) {
      expect(isUtf8(piece)).toBe(true);
      pieces.push(Buffer.from(piece)); // the piece's buffer is reused for the next
    }
    expect(Buffer.concat(pieces)).toEqual(readFileSync(path));
    expect([...utf8FileText(path)!].join("")).toBe(decodeBytes(readFileSync(path)).text);
  });
});

describe("utf8FileText", () => {
  it("declines UTF-16 (marked or not) and Windows-1252 files, which are read whole", () => {
    const text = `${HEADER}\n${ROWS[0]}\n`;
    const marked = file("marked16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const bare = file("bare16.csv", Buffer.from(text, "utf16le"));
    const cp1252 = file("cp1252.csv", Buffer.from(text, "latin1"));
    expect([marked, bare, cp1252].map((p) => utf8FileText(p))).toEqual([null, null, null]);
  });

  it("declines a file whose only invalid byte is past the first pieces", () => {
    const path = file("late.csv", Buffer.concat([Buffer.from(`${HEADER}\n${ROWS[0]}\n`.repeat(3000)), Buffer.from([0xfc, 0x0a])]));
    expect(readFileSync(path).length).toBeGreaterThan(1 << 17);
    expect(utf8FileText(path)).toBeNull();
  });
});

describe("readInputFiles", () => {
  it("reads a UTF-8 file, a Windows-1252 file and a UTF-16 file alike piece by piece (score) and from kept bytes (--out)", async () => {
    const text = `\ufeff${HEADER}\r\n${ROWS.join("\r\n")}\r\n`;
    const paths = [
      file("utf8.csv", text.repeat(2000).replaceAll(`\r\n\ufeff${HEADER}`, "")),
      file("cp1252.csv", Buffer.from(`${HEADER}\nMöller AB,CSP Tier1,Exchange,Oct-2024,3,4\n`, "latin1")),
      file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
    ];
    const pieces = await readInputFiles(paths, { keepSources: false });
    const kept = await readInputFiles(paths, { keepSources: true });
    expect(pieces.input).toEqual(kept.input);
    expect(pieces.input.tables.map((t) => [t.name, t.rows, t.skipped])).toEqual([
      ["utf8.csv", 6000, 0],
      ["cp1252.csv", 1, 0],
      ["utf16.csv", 3, 0],
    ]);
    expect(pieces.input.usage.tenants.map((t) => t.name)).toEqual(["Müller GmbH", "日本商事", "Café 😀, Ltd", "Möller AB"]);
    expect(kept.sources.get("utf8.csv")!()).toHaveLength(6002);
  });
});

describe("what is not a regular file, and a file that fails or changes between the two passes", () => {
  it("reads a pipe whole (it can be read only once), not as an empty file", async () => {
    const fifo = join(dir, "export.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(utf8FileText("/dev/null")).toBeNull();
    const writer = spawn(process.execPath, ["-e", `require("fs").writeFileSync(${JSON.stringify(fifo)}, ${JSON.stringify(`${HEADER}\n${ROWS[0]}\n`)})`]);
    const { input } = await readInputFiles([fifo], { keepSources: false });
    await new Promise((resolve) => writer.on("close", resolve));
    expect(input.tables.map((t) => [t.rows, t.skipped])).toEqual([[1, 0]]);
  });

  it("says a read that fails in the second pass cannot be read, naming the file", () => {
    function* failing(): Generator<Uint8Array> {
      yield new Uint8Array(Buffer.from(`${HEADER}\n`));
      throw Object.assign(new Error("i/o error"), { code: "EIO" });
    }
    const read = () => [...checkedPieces("eio.csv", failing())];
    expect(read).toThrow(InputError);
    expect(read).toThrow("eio.csv: cannot be read (EIO). Check the path.");
  });

  it("refuses bytes that are no longer UTF-8 in the second pass (the file changed), rather than read replacement characters", () => {
    const changed = [new Uint8Array(Buffer.from(`${HEADER}\n`)), new Uint8Array([0x4d, 0xfc, 0x0a])][Symbol.iterator]();
    expect(() => [...checkedPieces("changed.csv", changed)]).toThrow("changed.csv: the file changed while it was read. Score again once it is saved.");
  });
});
