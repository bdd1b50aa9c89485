/**
 * Turns raw runtime errors into sentences a learner can act on. Pure.
 */
export function explainError(message: string, exerciseRelative: string): string {
  const exit = /process\.exit unexpectedly called with "?(-?\d+)"?/.exec(message);
  if (exit) return `your code called process.exit(${exit[1]}): the grader keeps running, but a library function should throw or return instead of ending the process`;
  if (/Failed to load url|Cannot find module|ENOENT/.test(message) && message.includes(exerciseRelative.split("/").pop() ?? "\0")) {
    return `${exerciseRelative} is missing: restore the starter with \`r\` (or \`npm run learn -- reset <id>\`); earlier attempts are kept under .learn/attempts/`;
  }
  if (/Transform failed|SyntaxError|Expected .* but found|Unexpected token|Parse failure|PARSE_ERROR/.test(message)) {
    return `your file does not parse: ${firstLine(message)}`;
  }
  return message;
}

function firstLine(text: string): string {
  return text.split("\n").find((line) => line.trim().length > 0)?.trim() ?? text;
}
