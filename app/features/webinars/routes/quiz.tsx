import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/features/auth/guards.server";
import { readFormData } from "~/platform/forms/read-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { attemptSeed, findAttempt, mayRevealAnswers, nextAttemptNumber, quizStatus, requestedAttempt, submitQuizAttempt } from "~/features/quiz/attempts.server";
import { publicQuestions } from "~/features/quiz/engine.server";
import { readQuizSubmission } from "~/features/quiz/read-submission.server";
import { showQuestion } from "~/features/quiz/localize";
import { QuizForm } from "~/features/quiz/QuizForm";
import { QuizReview } from "~/features/quiz/QuizReview";
import { reviewAttempt, submittedAnswers } from "~/features/quiz/review.server";
import { SubmittedAnswers } from "~/features/quiz/SubmittedAnswers";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { completeWebinar, getOrStartProgress, watchedShare } from "../watch-progress.server";
import { requireWebinarWithQuiz } from "../webinars.server";
import { certificateNumberFor } from "~/features/certificates/holder.server";
import { CertificateLinks } from "~/features/certificates/CertificateLinks";
import { forbidden, notFound } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { quizStylesheet } from "~/features/quiz/quiz-stylesheet";
import { certificatesStylesheet } from "~/features/certificates/certificates-stylesheet";
import { watchedPercent } from "../watched-percent";

export const links: LinksFunction = () => [quizStylesheet, certificatesStylesheet];

export const meta = titleFromLoader;

/**
 * Attempts at the final quiz are not limited: a learner can always earn the
 * certificate after watching. What stops guessing is that an attempt shows
 * the right answers and explanations only once the quiz is passed
 * (decision 0017); a failed attempt shows the score and the answers given.
 */
const MAX_ATTEMPTS = null;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const user = await requireUser(request);
  const webinar = await requireWebinarWithQuiz(params.slug, routeLanguage(params));
  const progress = await getOrStartProgress(user.id, webinar.id);
  return { user, webinar, progress, share: watchedShare(progress, webinar), target: { webinarId: webinar.id } };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { user, webinar, progress, share, target } = await load(request, params);
  const t = await getServerT(language);
  const title = localized(webinar, "title", language);
  const common = {
    title: await pageTitle(language, t("webinars.quiz.title", { title })),
    webinar: { slug: webinar.slug, title, passMark: webinar.passMark, requiredPercent: Math.round(webinar.requiredShare * 100) },
    percent: watchedPercent(share),
  };
  const requested = requestedAttempt(new URL(request.url));
  if (requested !== null) {
    const [attempt, status] = await Promise.all([findAttempt(user.id, target, requested), quizStatus(user.id, target)]);
    if (!attempt) throw notFound();
    return {
      ...common,
      view: "result" as const,
      result: {
        number: attempt.number,
        score: attempt.score,
        passed: attempt.passed,
        completed: Boolean(progress.completedAt),
        certificateNumber: progress.completedAt ? await certificateNumberFor(user.id, "webinar", webinar.id) : null,
        review: mayRevealAnswers(MAX_ATTEMPTS, status)
          ? { revealed: true as const, questions: reviewAttempt(webinar.quiz, attempt.answers, language) }
          : { revealed: false as const, questions: submittedAnswers(webinar.quiz, attempt.answers, language) },
      },
    };
  }
  if (share < webinar.requiredShare) return { ...common, view: "locked" as const };
  const number = await nextAttemptNumber(user.id, target);
  return {
    ...common,
    view: "form" as const,
    form: { attemptNumber: number, questions: publicQuestions(webinar.quiz, attemptSeed(user.id, target, number)).map((q) => showQuestion(q, language)) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const { user, webinar, share, target, progress } = await load(request, params);
  const t = await getServerT(language);
  if (share < webinar.requiredShare) {
    throw forbidden();
  }
  const formData = await readFormData(request);
  const submission = readQuizSubmission(formData, webinar.quiz, user.id, target, t);
  if (!submission.ok) return submission.response;
  const { attemptNumber, selected } = submission;
  const result = await submitQuizAttempt({
    userId: user.id,
    target,
    quiz: webinar.quiz,
    passMark: webinar.passMark,
    maxAttempts: MAX_ATTEMPTS,
    attemptNumber,
    answers: submission.answers,
    onPassed: (tx) => completeWebinar(tx, progress.id),
  });
  if (!result.ok) return data({ error: t("courses.quiz.replayed"), unanswered: [], selected }, { status: 409 });
  return redirect(`/${language}/webinars/${webinar.slug}/quiz?attempt=${result.number}`);
}

export default function WebinarQuiz() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const loaded = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const videoUrl = `/${language}/webinars/${loaded.webinar.slug}`;
  return (
    <article className="quiz-page">
      <nav className="breadcrumbs">
        <Link to={videoUrl}>{t("webinars.quiz.backToVideo")}</Link>
      </nav>
      <h1>{t("webinars.quiz.title", { title: loaded.webinar.title })}</h1>
      {loaded.view === "locked" ? (
        <p className="alert alert--info" data-testid="quiz-locked">
          {t("webinars.quiz.locked", { required: loaded.webinar.requiredPercent, percent: loaded.percent })}
        </p>
      ) : loaded.view === "result" ? (
        <>
          <p className={loaded.result.passed ? "alert alert--success" : "alert alert--error"} data-testid="quiz-verdict">
            {loaded.result.passed
              ? t("courses.quiz.result.passed", { score: loaded.result.score })
              : t("courses.quiz.result.failed", { score: loaded.result.score, mark: loaded.webinar.passMark })}
          </p>
          {loaded.result.passed && loaded.result.completed ? (
            <p className="alert alert--success" data-testid="webinar-completed">
              {t("webinars.quiz.completed", { title: loaded.webinar.title })}
            </p>
          ) : null}
          {loaded.result.passed && loaded.result.certificateNumber ? <CertificateLinks number={loaded.result.certificateNumber} /> : null}
          <p className="actions">
            <Link to={`${videoUrl}/quiz`} className="button button--secondary">
              {t("courses.quiz.result.tryAgain")}
            </Link>
          </p>
          {loaded.result.review.revealed ? (
            <QuizReview questions={loaded.result.review.questions} />
          ) : (
            <>
              <p className="alert alert--info" data-testid="answers-hidden">
                {t("webinars.quiz.answersHidden")}
              </p>
              <SubmittedAnswers questions={loaded.result.review.questions} />
            </>
          )}
        </>
      ) : (
        <>
          <p className="lead">{t("courses.quiz.lead", { mark: loaded.webinar.passMark })}</p>
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
