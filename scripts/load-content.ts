import type { ContentProblem } from "../app/platform/content/read-yaml.server";
import { loadCourses } from "../app/features/courses/content/load-courses.server";
import { loadTermbase } from "../app/features/glossary/content/load-termbase.server";
import { loadResources } from "../app/features/resources/content/load-resources.server";
import { loadWebinars } from "../app/features/webinars/content/load-webinars.server";
import type { contentArgs } from "./content-args";

/** Courses, webinars, resources and the termbase from their files, with every problem found in any of them. */
export function loadContent(args: ReturnType<typeof contentArgs>) {
  const { courses, problems: courseProblems } = loadCourses(args.courses);
  const { webinars, problems: webinarProblems } = loadWebinars(args.webinars);
  const { resources, problems: resourceProblems } = loadResources(args.resources, {
    courses: courses.map((course) => course.slug),
    webinars: webinars.map((webinar) => webinar.slug),
  });
  const { terms, problems: termProblems } = loadTermbase(args.termbase);
  const problems: ContentProblem[] = [...courseProblems, ...webinarProblems, ...resourceProblems, ...termProblems];
  return { courses, webinars, resources, terms, problems };
}
