/** `[coursesDir] [--webinars=dir] [--allow-empty]` for the content check and sync commands. */
export function contentArgs(argv: string[]) {
  const webinars = argv.find((arg) => arg.startsWith("--webinars="))?.slice("--webinars=".length) ?? "webinars";
  return {
    courses: argv.find((arg) => !arg.startsWith("--")) ?? "courses",
    webinars,
    allowEmpty: argv.includes("--allow-empty"),
  };
}
