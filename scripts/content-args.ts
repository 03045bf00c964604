/** `[coursesDir] [--webinars=dir] [--resources=dir] [--allow-empty]` for the content check and sync commands. */
export function contentArgs(argv: string[]) {
  const option = (name: string, fallback: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length) ?? fallback;
  return {
    courses: argv.find((arg) => !arg.startsWith("--")) ?? "courses",
    webinars: option("webinars", "webinars"),
    resources: option("resources", "resources"),
    allowEmpty: argv.includes("--allow-empty"),
  };
}
