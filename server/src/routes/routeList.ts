import type { Express } from "express";

/** One route the app answers, as `METHOD /path` with express-style `:params`. */
export interface ListedRoute {
  method: string;
  path: string;
}

interface LayerLike {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

/**
 * Every route registered on the app, found by walking express's router stack, so
 * tests and the OpenAPI document can check that no route is left out.
 */
export function listRoutes(app: Express): ListedRoute[] {
  const found: ListedRoute[] = [];
  const walk = (stack: LayerLike[], prefix: string) => {
    for (const layer of stack) {
      const path = typeof layer.rawPath === "string" ? layer.rawPath : "";
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          if (method === "_all") continue;
          found.push({ method: method.toUpperCase(), path: join(prefix, layer.route.path) });
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, join(prefix, path));
      }
    }
  };
  const router = (app as unknown as { router: { stack: LayerLike[] } }).router;
  walk(router.stack, "");
  const unique = new Map(found.map((r) => [`${r.method} ${r.path}`, r]));
  return [...unique.values()];
}

function join(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : joined;
}

/** `METHOD /path` with every `:param` written as `:_`, for comparing route lists. */
export function routeKey(method: string, path: string): string {
  return `${method} ${path.replace(/:[A-Za-z_]+/g, ":_")}`;
}
