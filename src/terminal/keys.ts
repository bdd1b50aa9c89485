/** Decodes raw-mode stdin bytes into key names. Pure. */
export function decodeKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    const rest = data.slice(i);
    const escape = /^\u001B\[([ABCD])/.exec(rest) ?? /^\u001BO([ABCD])/.exec(rest);
    if (escape) {
      keys.push({ A: "up", B: "down", C: "right", D: "left" }[escape[1] as "A" | "B" | "C" | "D"]);
      i += escape[0].length;
      continue;
    }
    const char = data[i] ?? "";
    i++;
    if (char === "\u0003") keys.push("ctrl-c");
    else if (char === "\u0004") keys.push("ctrl-d");
    else if (char === "\r" || char === "\n") keys.push("enter");
    else if (char === "\u001B") {
      // A lone ESC, or the start of a sequence we don't use (function keys, Home/End: CSI
      // "ESC [ … final" or SS3 "ESC O x"), which is skipped whole so its letters are not commands.
      const unknown = /^(?:\[[0-9;]*[~A-Za-z]|O[A-Za-z])/.exec(data.slice(i));
      if (unknown) i += unknown[0].length;
      else keys.push("escape");
    } else keys.push(char.toLowerCase());
  }
  return keys;
}
