import type { Stats } from "./stats.ts";

/**
 * `npm run learn -- report`: one self-contained HTML page (no script, no network: every chart is
 * SVG drawn here from the figures) with completion per phase, time to green per kata, a calendar
 * of activity and the hints used. Pure: the same stats give the same page.
 */
export interface ReportInput {
  stats: Stats;
  /** Day (YYYY-MM-DD, local) → katas passed that day. */
  passesByDay: ReadonlyMap<string, number>;
  now: Date;
}

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
const minutes = (ms: number) => Math.round(ms / 60_000);

/** Horizontal bars: one row per item, a label, a bar scaled to the largest value, and the value as text. */
function bars(id: string, title: string, rows: ReadonlyArray<{ label: string; value: number; text: string }>): string {
  const width = 640;
  const labelWidth = 260;
  const rowHeight = 22;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const body = rows
    .map((row, i) => {
      const y = i * rowHeight;
      const length = Math.round(((width - labelWidth - 90) * row.value) / max);
      return `<g class="row" transform="translate(0,${y})"><text x="0" y="15">${esc(row.label)}</text><rect x="${labelWidth}" y="4" width="${length}" height="14" rx="2"></rect><text class="value" x="${labelWidth + length + 6}" y="15">${esc(row.text)}</text></g>`;
    })
    .join("");
  const height = Math.max(rowHeight, rows.length * rowHeight);
  return `<section id="${id}"><h2>${esc(title)}</h2>${rows.length ? `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>` : "<p class=\"empty\">Nothing yet.</p>"}</section>`;
}

/** A year of days as squares, darker for more passes, like a contribution calendar. */
function calendar(passesByDay: ReadonlyMap<string, number>, now: Date): string {
  const cell = 12;
  const days = 53 * 7;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days + 1);
  const squares: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const key = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
    const count = passesByDay.get(key) ?? 0;
    const level = count === 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
    squares.push(`<rect class="day l${level}" data-day="${key}" data-passes="${count}" x="${Math.floor(i / 7) * cell}" y="${(i % 7) * cell}" width="${cell - 2}" height="${cell - 2}"><title>${key}: ${count} passed</title></rect>`);
  }
  return `<section id="activity"><h2>Activity (katas passed per day)</h2><svg role="img" aria-label="Activity" viewBox="0 0 ${53 * cell} ${7 * cell}" width="${53 * cell}" height="${7 * cell}">${squares.join("")}</svg></section>`;
}

export function renderReport({ stats, passesByDay, now }: ReportInput): string {
  const phases = bars(
    "completion",
    "Completion per phase",
    stats.phases.map((phase) => ({ label: phase.title, value: phase.total ? phase.done / phase.total : 0, text: `${phase.done}/${phase.total}` })),
  );
  const passed = stats.katas.filter((kata) => kata.timeToPassMs !== undefined);
  const timeToGreen = bars("time-to-green", "Time to green per kata (active minutes)", passed.map((kata) => ({ label: kata.id, value: kata.timeToPassMs ?? 0, text: `${minutes(kata.timeToPassMs ?? 0)} min` })));
  const hints = bars("hints", "Hints used", stats.katas.filter((kata) => kata.hints > 0).map((kata) => ({ label: kata.id, value: kata.hints, text: String(kata.hints) })));
  const checkpoints = stats.checkpoints.map((c) => `<li class="${c.reached ? "reached" : ""}">${c.months} months: ${c.done}/${c.total} katas${c.reached ? " ✓" : ""}</li>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Backend katas: my progress</title>
<style>
  body { font: 14px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 720px; color: #1f2328; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
  svg text { font-size: 12px; fill: #1f2328; } svg .value { fill: #57606a; }
  svg .row rect { fill: #2da44e; }
  .day { fill: #ebedf0; } .day.l1 { fill: #9be9a8; } .day.l2 { fill: #40c463; } .day.l3 { fill: #216e39; }
  .summary { font-size: 1.1rem; } .empty { color: #57606a; } li.reached { font-weight: 600; }
</style>
</head>
<body>
<h1>Backend katas: my progress</h1>
<p class="summary" id="summary"><strong>${stats.done}/${stats.total}</strong> katas done · ${minutes(stats.activeMs)} active minutes · streak ${stats.streakDays} ${stats.streakDays === 1 ? "day" : "days"}</p>
<ul id="checkpoints">${checkpoints}</ul>
${phases}
${timeToGreen}
${calendar(passesByDay, now)}
${hints}
<p class="empty">Made ${esc(now.toISOString().slice(0, 10))} by <code>npm run learn -- report</code>.</p>
</body>
</html>
`;
}

/** Local day (YYYY-MM-DD) → passes, from progress's done times. Pure. */
export function passesByDay(doneTimes: readonly string[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const time of doneTimes) {
    const date = new Date(time);
    const key = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
    days.set(key, (days.get(key) ?? 0) + 1);
  }
  return days;
}
