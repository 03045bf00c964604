/**
 * `[coursesDir] [--webinars=dir] [--resources=dir] [--termbase=file] [--locales=dir] [--readme=file] [--allow-empty]`
 * for the content check and sync commands. The README's content counts are
 * checked only for the shipped content (no courses folder given), unless
 * `--readme=` names a file.
 */
export function contentArgs(argv: string[]) {
  const option = (name: string, fallback: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length) ?? fallback;
  const coursesDir = argv.find((arg) => !arg.startsWith("--"));
  return {
    courses: coursesDir ?? "courses",
    webinars: option("webinars", "webinars"),
    resources: option("resources", "resources"),
    termbase: option("termbase", "courses/termbase.yaml"),
    locales: option("locales", "app/locales/zh"),
    readme: option("readme", coursesDir ? "" : "README.md"),
    allowEmpty: argv.includes("--allow-empty"),
  };
}
