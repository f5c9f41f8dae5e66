/** Writes the sample exports, samples/*.csv (or into the directory given). Run: npm run samples */
import { relative, resolve } from "node:path";
import { writeSamples } from "./samples/generate";

const dir = resolve(process.argv[2] ?? resolve(__dirname, "..", "samples"));
for (const path of writeSamples(dir)) process.stdout.write(`wrote ${relative(process.cwd(), path) || path}\n`);
