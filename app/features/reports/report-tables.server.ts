import type { TFunction } from "i18next";
import type { CourseReport } from "./course-report.server";
import type { CourseHeadline, WebinarHeadline } from "./overview.server";
import type { QuestionShare } from "./question-shares.server";
import type { ReportTable } from "./report-table";
import { videoTime } from "./video-time";
import type { WebinarReport } from "./webinar-report.server";

export function courseHeadlineTable(courses: CourseHeadline[], t: TFunction): ReportTable {
  return {
    columns: [
      { label: t("reports.columns.course"), kind: "text" },
      { label: t("reports.columns.enrolments"), kind: "count" },
      { label: t("reports.columns.completions"), kind: "count" },
      { label: t("reports.columns.completionRate"), kind: "percent" },
      { label: t("reports.columns.medianDays"), kind: "days" },
    ],
    rows: courses.map((course) => [course.title, course.enrolments, course.completions, course.completionRate, course.medianDaysToComplete]),
  };
}

export function webinarHeadlineTable(webinars: WebinarHeadline[], t: TFunction): ReportTable {
  return {
    columns: [
      { label: t("reports.columns.webinar"), kind: "text" },
      { label: t("reports.columns.viewers"), kind: "count" },
      { label: t("reports.columns.completions"), kind: "count" },
      { label: t("reports.columns.completionRate"), kind: "percent" },
    ],
    rows: webinars.map((webinar) => [webinar.title, webinar.viewers, webinar.completions, webinar.completionRate]),
  };
}

export function moduleTable(report: CourseReport, t: TFunction): ReportTable {
  return {
    columns: [
      { label: t("reports.columns.module"), kind: "text" },
      { label: t("reports.columns.quizLearners"), kind: "count" },
      { label: t("reports.columns.attempts"), kind: "count" },
      { label: t("reports.columns.passedLearners"), kind: "count" },
      { label: t("reports.columns.passRate"), kind: "percent" },
    ],
    rows: report.modules.map((module) => [module.title, module.learners, module.attempts, module.passedLearners, module.passRate]),
  };
}

/** Questions, hardest first, with where each one is asked. */
export function questionTable(questions: QuestionShare[], t: TFunction): ReportTable {
  return {
    columns: [
      { label: t("reports.columns.question"), kind: "text" },
      { label: t("reports.columns.askedIn"), kind: "text" },
      { label: t("reports.columns.answers"), kind: "count" },
      { label: t("reports.columns.correctAnswers"), kind: "count" },
      { label: t("reports.columns.correctShare"), kind: "percent" },
    ],
    rows: questions.map((question) => [question.prompt, question.source, question.answers, question.correct, question.share]),
  };
}

export function watchedTable(report: WebinarReport, t: TFunction): ReportTable {
  return {
    columns: [
      { label: t("reports.columns.watchedShare"), kind: "text" },
      { label: t("reports.columns.viewers"), kind: "count" },
    ],
    rows: report.watched.map((bucket) => [t("reports.webinar.bucket", { from: Math.round(bucket.from * 100), to: Math.round(bucket.to * 100) }), bucket.count]),
  };
}

export function retentionTable(report: WebinarReport, t: TFunction): ReportTable {
  return {
    columns: [
      { label: t("reports.columns.videoTime"), kind: "text" },
      { label: t("reports.columns.stillWatching"), kind: "count" },
      { label: t("reports.columns.stillWatchingShare"), kind: "percent" },
    ],
    rows: report.retention.map((point) => [`${videoTime(point.from)}–${videoTime(point.to)}`, point.viewers, point.share]),
  };
}
