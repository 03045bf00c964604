import { loadCourses } from "../app/features/courses/content/load-courses.server";
import type { ContentProblem } from "../app/features/content/read-yaml.server";
import { loadResources } from "../app/features/resources/content/load-resources.server";
import { loadWebinars } from "../app/features/webinars/content/load-webinars.server";
import type { contentArgs } from "./content-args";

/** Courses, webinars and resources from their folders, with every problem found in any of them. */
export function loadContent(args: ReturnType<typeof contentArgs>) {
  const { courses, problems: courseProblems } = loadCourses(args.courses);
  const { webinars, problems: webinarProblems } = loadWebinars(args.webinars);
  const { resources, problems: resourceProblems } = loadResources(args.resources, {
    courses: courses.map((course) => course.slug),
    webinars: webinars.map((webinar) => webinar.slug),
  });
  const problems: ContentProblem[] = [...courseProblems, ...webinarProblems, ...resourceProblems];
  return { courses, webinars, resources, problems };
}
