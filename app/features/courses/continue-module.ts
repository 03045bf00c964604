/**
 * Where "continue" leads: the module last visited if it is not done yet, else
 * the first module not done, else (all done) the first module.
 */
export function continueModule(
  modules: { id: string; slug: string }[],
  done: Set<string>,
  lastModuleId: string | null,
): string | null {
  const last = modules.find((module) => module.id === lastModuleId);
  if (last && !done.has(last.id)) return last.slug;
  return (modules.find((module) => !done.has(module.id)) ?? modules[0])?.slug ?? null;
}
