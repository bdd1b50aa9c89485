// Which Node versions can run the grader: vite (under vitest) needs 20.19+ or 22.12+. Checked by
// src/start.mjs before anything else loads, because on an older Node the first symptom would
// be an obscure module error deep inside vite. Plain JavaScript, like start.mjs.

export const SUPPORTED_NODE = "^20.19.0 || >=22.12.0";

/**
 * Why this Node version cannot run the grader, or undefined when it can.
 * @param {string} version as in process.versions.node, e.g. "20.19.2"
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
  if (supported) return undefined;
  return `This grader needs Node.js 20.19 or newer (20.19+, or 22.12+); this is Node ${version}. Install a current LTS from https://nodejs.org (or run \`nvm install --lts\`), then run \`npm install\` and \`npm run learn\` again.`;
}
