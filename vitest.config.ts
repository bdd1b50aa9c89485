import { defineConfig } from "vitest/config";

// The project's own tests (npm test). The katas' hidden suites have their own config in grader/.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The fixture project carries its own hidden suites; they run only through the grader.
    exclude: ["test/fixtures/**", "**/node_modules/**"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // End-to-end tests start real grader processes; two at once is all a 2-core CI machine takes.
    maxWorkers: 2,
  },
});
