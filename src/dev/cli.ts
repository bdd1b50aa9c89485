/**
 * `npm run dev -- check`: for contributors. Proves the curriculum sound (see content-check.ts).
 * `npm run dev -- sync-starter <id>`: after editing a starter in exercises/, copy it to grader/starters/.
 * `npm run dev -- curriculum`: the README's curriculum table, from the catalog.
 * `npm run dev -- checksums`: after changing a hidden suite or grader/support, record its checksum.
 * `npm run dev -- new <phase>/<name>`: scaffold a kata's five parts and say what is still missing.
 * `npm run dev -- mutate [id…]`: mutation testing of the reference solutions against the hidden suites (src/dev/mutate/).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../catalog/load.ts";
import { requireKata } from "../catalog/suggest.ts";
import { CHECKSUMS_FILE, writeChecksums } from "../integrity/checksums.ts";
import { MUTATE_USAGE, mutateCommand } from "./mutate/command.ts";
import { newKata } from "./new-kata.ts";
import { countTests } from "./count-tests.ts";
import { curriculumTable, orphanFiles, phaseReadmeProblems, runAllSuites, suiteProblems } from "./content-check.ts";

const root = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
const [command, id] = process.argv.slice(2);

if (command === "check") {
  const catalog = loadCatalog(root);
  const [solutions, starters] = [await runAllSuites(root, "solutions"), await runAllSuites(root, "starters")];
  const problems = [...suiteProblems(catalog, solutions, starters), ...orphanFiles(root, catalog).map((f) => `${f} is not part of any kata in catalog.json`), ...phaseReadmeProblems(root, catalog)];
  for (const problem of problems) console.log(`✗ ${problem}`);
  console.log(problems.length ? `\n${problems.length} problems` : `✓ ${catalog.katas.length} katas: every starter fails, every solution passes`);
  process.exitCode = problems.length ? 1 : 0;
} else if (command === "sync-starter" && id) {
  const kata = requireKata(loadCatalog(root), id);
  fs.mkdirSync(path.dirname(path.join(root, kata.starter)), { recursive: true });
  fs.copyFileSync(path.join(root, kata.exercise), path.join(root, kata.starter));
  console.log(`copied ${kata.exercise} → ${kata.starter}`);
} else if (command === "checksums") {
  writeChecksums(root, loadCatalog(root), await countTests(root));
  console.log(`wrote ${CHECKSUMS_FILE}`);
} else if (command === "curriculum") {
  console.log(curriculumTable(loadCatalog(root)));
} else if (command === "new" && id) {
  try {
    const { created, missing } = await newKata(root, id);
    for (const file of created) console.log(`created ${file}`);
    console.log(`added ${id} to catalog.json and recorded its suite in ${CHECKSUMS_FILE}\n\nStill to do:`);
    for (const problem of missing) console.log(`  ✗ ${problem}`);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  }
} else if (command === "mutate") {
  process.exitCode = await mutateCommand(root, process.argv.slice(3));
} else {
  console.log(`Usage: npm run dev -- check | new <phase>/<name> | sync-starter <kata-id> | curriculum | checksums | ${MUTATE_USAGE}`);
  process.exitCode = 2;
}
