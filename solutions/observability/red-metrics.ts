/**
 * RED metrics middleware — reference solution.
 *
 * Series are keyed by (method, route template, status). The route is the template, never the raw
 * path: `/users/1`, `/users/2`, … would each create a series, and a metrics backend pays for every
 * series it stores (the "cardinality explosion" that takes down Prometheus servers).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface RedMetricsOptions {
  routes?: string[];
  now?: () => number;
}

export interface SeriesAttributes {
  "http.request.method": string;
  "http.route"?: string;
  "http.response.status_code": number;
}

export interface Series {
  attributes: SeriesAttributes;
  count: number;
  durationSecondsSum: number;
  durationSecondsMax: number;
}

export interface RedMetrics {
  middleware: Middleware;
  series(): Series[];
  totals(): { requests: number; errors: number };
}

// The methods of RFC 9110 plus PATCH (RFC 5789): what the HTTP semantic conventions call "known".
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]);

function matcher(template: string): (segments: string[]) => boolean {
  const parts = template.split("/");
  return (segments) =>
    segments.length === parts.length && parts.every((part, i) => (part.startsWith(":") ? segments[i] !== "" : part === segments[i]));
}

export function createRedMetrics(options: RedMetricsOptions = {}): RedMetrics {
  const { routes = [], now = Date.now } = options;
  const matchers = routes.map((template) => ({ template, matches: matcher(template) }));
  const byKey = new Map<string, Series>();
  let requests = 0;
  let errors = 0;

  const routeOf = (url: string | undefined): string | undefined => {
    const path = (url ?? "/").split("?")[0];
    const segments = path.split("/");
    return matchers.find((m) => m.matches(segments))?.template;
  };

  const middleware: Middleware = (req, res, next) => {
    const start = now();
    const method = KNOWN_METHODS.has(req.method ?? "") ? req.method! : "_OTHER";
    const route = routeOf(req.url);
    // 'finish' fires once the whole response has been handed to the OS: the handler may answer
    // long after next() returns.
    res.once("finish", () => {
      const seconds = (now() - start) / 1000;
      const status = res.statusCode;
      const key = `${method} ${route ?? ""} ${status}`;
      let series = byKey.get(key);
      if (!series) {
        const attributes: SeriesAttributes = { "http.request.method": method, "http.response.status_code": status };
        if (route !== undefined) attributes["http.route"] = route;
        series = { attributes, count: 0, durationSecondsSum: 0, durationSecondsMax: 0 };
        byKey.set(key, series);
      }
      series.count++;
      series.durationSecondsSum += seconds;
      series.durationSecondsMax = Math.max(series.durationSecondsMax, seconds);
      requests++;
      if (status >= 500) errors++;
    });
    next();
  };

  return {
    middleware,
    series: () => [...byKey.values()].map((s) => ({ ...s, attributes: { ...s.attributes } })),
    totals: () => ({ requests, errors }),
  };
}
