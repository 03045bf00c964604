import remixConfig from "../remix.config.js";

type RouteFn = (path: string, file: string, optionsOrChildren?: unknown, children?: () => void) => void;

/** Every URL pattern declared in remix.config.js, with parents' segments joined. */
export function declaredPaths(): string[] {
  const paths: string[] = [];
  const prefix: string[] = [];
  const route: RouteFn = (path, _file, optionsOrChildren, children) => {
    const nested = typeof optionsOrChildren === "function" ? (optionsOrChildren as () => void) : children;
    const full = [...prefix, path].filter(Boolean).join("/");
    paths.push(`/${full}`);
    if (nested) {
      prefix.push(path);
      nested();
      prefix.pop();
    }
  };
  const defineRoutes = (callback: (r: RouteFn) => void) => {
    callback(route);
    return {};
  };
  (remixConfig as unknown as { routes: (d: typeof defineRoutes) => unknown }).routes(defineRoutes);
  return paths;
}
