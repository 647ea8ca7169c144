// A tiny router: route templates like /v1/projects/{projectId}/rcs/senders/{senderId} compiled to regexes.
import type { Route } from './http.ts';

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private compiled: Compiled[] = [];

  constructor(routes: Route[]) {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.template
        .split('/')
        .map((seg) => {
          const m = /^\{(\w+)\}$/.exec(seg);
          if (!m) return seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(m[1] as string);
          return '([^/]+)';
        })
        .join('/');
      this.compiled.push({ route, regex: new RegExp(`^${source}/?$`), names });
    }
  }

  /** The route for method + path; `pathMatched` tells a wrong method from an unknown path. */
  match(method: string, path: string): RouteMatch | { pathMatched: boolean } {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (c.route.method !== method) continue;
      const params: Record<string, string> = {};
      let ok = true;
      c.names.forEach((name, i) => {
        try {
          params[name] = decodeURIComponent(m[i + 1] ?? '');
        } catch {
          ok = false;
        }
      });
      if (ok) return { route: c.route, params };
    }
    return { pathMatched };
  }
}
