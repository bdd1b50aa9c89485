import { stripVTControlCharacters } from "node:util";

/**
 * Learner-controlled text (what their code printed, threw or returned) made safe to draw: no
 * escape sequences that could clear the screen, leave the alternate screen or retitle the window,
 * and no other control characters, so binary output cannot garble the screen either. Newlines
 * and tabs stay. Pure.
 */
export function terminalSafe(text: string): string {
  // Whatever stripVTControlCharacters does not recognise as a sequence (a lone ESC, C1 codes,
  // BEL, backspace, carriage return) is shown as a visible placeholder instead.
  return stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "�");
}

/** At most `limit` characters, and how many were dropped. Pure. */
export function capText(text: string, limit: number): { text: string; dropped: number } {
  return text.length <= limit ? { text, dropped: 0 } : { text: text.slice(0, limit), dropped: text.length - limit };
}
