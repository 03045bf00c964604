import { readFormData } from "~/platform/forms/read-form.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import type { Language } from "~/platform/i18n/languages";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { publicQuestions } from "~/features/quiz/engine.server";
import { readQuizSubmission } from "~/features/quiz/read-submission.server";
import { showQuestion } from "~/features/quiz/localize";
import { QuizForm } from "~/features/quiz/QuizForm";
import { QuizReview } from "~/features/quiz/QuizReview";
import { reviewAttempt } from "~/features/quiz/review.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { layoutSeed, requestedAttempt, submitQuizAttempt } from "~/features/quiz/attempts.server";
import { completeModule } from "../progress.server";
import { requireModuleQuiz, type CourseWithModules, type ModuleRow } from "../queries.server";
import { moduleQuizPageParts } from "../personal-parts.server";
import { personalParts } from "~/features/auth/personal-state.server";
import { ConfirmEmailNotice } from "~/features/auth/ConfirmEmailNotice";
import { CertificateLinks } from "~/features/certificates/CertificateLinks";
import type { LinksFunction } from "@remix-run/node";
import { quizStylesheet } from "~/features/quiz/quiz-stylesheet";
import { certificatesStylesheet } from "~/features/certificates/certificates-stylesheet";

export const links: LinksFunction = () => [quizStylesheet, certificatesStylesheet];

export const meta = titleFromLoader;

function nextModuleOf(course: CourseWithModules, module: ModuleRow, language: Language) {
  const next = course.modules[course.modules.indexOf(module) + 1];
  return next ? { slug: next.slug, title: localized(next, "title", language) } : null;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { course, module, quiz } = await requireModuleQuiz(params.slug, params.module);
  // Signed out: sent to log in, and back here afterwards.
  const parts = await personalParts(request, context, async (user) => moduleQuizPageParts(user ?? (await requireUser(request)), course, module, requestedAttempt(new URL(request.url))));
  const t = await getServerT(language);
  const moduleTitle = localized(module, "title", language);
  const common = {
    title: await pageTitle(language, t("courses.quiz.title", { module: moduleTitle })),
    course: { slug: course.slug, title: localized(course, "title", language), passMark: course.passMark, maxAttempts: course.maxAttempts },
    module: { slug: module.slug, title: moduleTitle },
  };

  if (parts.view === "result") {
    return {
      ...common,
      view: "result" as const,
      result: {
        number: parts.number,
        score: parts.score,
        passed: parts.passed,
        review: reviewAttempt(quiz, parts.answers, language),
        courseCompleted: parts.courseCompleted,
        certificateNumber: parts.certificateNumber,
        certificateAwaitsConfirmation: parts.certificateAwaitsConfirmation,
        nextModule: nextModuleOf(course, module, language),
      },
    };
  }

  return {
    ...common,
    view: "form" as const,
    form: {
      attemptNumber: parts.attemptNumber,
      attemptsLeftAfter: parts.attemptsLeftAfter,
      exhausted: parts.exhausted,
      questions: parts.exhausted ? [] : publicQuestions(quiz, layoutSeed({ moduleId: module.id }, parts.attemptNumber, parts.layout)).map((q) => showQuestion(q, language)),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const { course, module, quiz } = await requireModuleQuiz(params.slug, params.module);
  const t = await getServerT(language);
  const formData = await readFormData(request);
  const submission = readQuizSubmission(formData, quiz, user.id, { moduleId: module.id }, t);
  if (!submission.ok) return submission.response;
  const { attemptNumber, selected } = submission;
  const result = await submitQuizAttempt({
    userId: user.id,
    target: { moduleId: module.id },
    quiz,
    passMark: course.passMark,
    maxAttempts: course.maxAttempts,
    attemptNumber,
    answers: submission.answers,
    onPassed: (tx) => completeModule(tx, user.id, course.id, module.id),
  });
  if (!result.ok) {
    const error = result.reason === "replayed" ? t("courses.quiz.replayed") : t("courses.quiz.noAttemptsLeft", { count: course.maxAttempts ?? 0 });
    return data({ error, unanswered: [], selected }, { status: 409 });
  }
  return redirect(`/${language}/courses/${course.slug}/${module.slug}/quiz?attempt=${result.number}`);
}

export default function QuizPage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const loaded = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const moduleUrl = `/${language}/courses/${loaded.course.slug}/${loaded.module.slug}`;
  return (
    <article className="quiz-page">
      <nav className="breadcrumbs" aria-label={t("courses.module.backToCourse")}>
        <Link to={`/${language}/courses/${loaded.course.slug}`}>{loaded.course.title}</Link> ›{" "}
        <Link to={moduleUrl}>{loaded.module.title}</Link>
      </nav>
      <h1>{t("courses.quiz.title", { module: loaded.module.title })}</h1>
      {loaded.view === "result" ? (
        <>
          <h2>{t("courses.quiz.result.title", { number: loaded.result.number })}</h2>
          <p className={loaded.result.passed ? "alert alert--success" : "alert alert--error"} data-testid="quiz-verdict">
            {loaded.result.passed
              ? t("courses.quiz.result.passed", { score: loaded.result.score })
              : t("courses.quiz.result.failed", { score: loaded.result.score, mark: loaded.course.passMark })}
          </p>
          {loaded.result.courseCompleted ? (
            <p className="alert alert--success" data-testid="course-completed-banner">
              {t("courses.quiz.result.courseCompleted", { course: loaded.course.title })}
            </p>
          ) : null}
          {loaded.result.certificateNumber ? <CertificateLinks number={loaded.result.certificateNumber} /> : null}
          {loaded.result.certificateAwaitsConfirmation ? <ConfirmEmailNotice reason="certificates" /> : null}
          <p className="actions">
            <Link to={`${moduleUrl}/quiz`} className={loaded.result.passed ? "button button--secondary" : "button"}>
              {t("courses.quiz.result.tryAgain")}
            </Link>
            {loaded.result.passed && loaded.result.nextModule ? (
              <Link to={`/${language}/courses/${loaded.course.slug}/${loaded.result.nextModule.slug}`} className="button">
                {t("courses.module.next", { module: loaded.result.nextModule.title })}
              </Link>
            ) : (
              <Link to={moduleUrl} className="button button--secondary">
                {t("courses.quiz.result.backToModule")}
              </Link>
            )}
          </p>
          <QuizReview questions={loaded.result.review} />
        </>
      ) : loaded.form.exhausted ? (
        <p className="alert alert--error">{t("courses.quiz.noAttemptsLeft", { count: loaded.course.maxAttempts ?? 0 })}</p>
      ) : (
        <>
          <p className="lead">{t("courses.quiz.lead", { mark: loaded.course.passMark })}</p>
          <p className="muted">
            {t("courses.quiz.attempt", { number: loaded.form.attemptNumber })}
            {loaded.form.attemptsLeftAfter !== null ? ` · ${t("courses.quiz.attemptsLeft", { count: loaded.form.attemptsLeftAfter })}` : ""}
          </p>
          <QuizForm
            questions={loaded.form.questions}
            attemptNumber={loaded.form.attemptNumber}
            rejected={rejected}
          />
        </>
      )}
    </article>
  );
}
