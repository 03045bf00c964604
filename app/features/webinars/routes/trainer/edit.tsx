import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { FormAlert } from "~/platform/forms/Field";
import type { RejectedForm } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { env } from "~/platform/runtime/env.server";
import { localized } from "~/platform/i18n/localized";
import { uploadEndpoint } from "../../manage/video-uploads.server";
import { videoStatusOf } from "../../manage/video-status.server";
import { VideoPanel } from "../../manage/VideoPanel";
import { changeQuestions, requireManagedWebinar, saveCaptions, saveChapters, setPublished, storedQuestions, storedSpeakers, updateWebinarDetails } from "../../manage/webinar-admin.server";
import { parseQuestionForm } from "../../manage/parse-question-form";
import { QuestionsPanel } from "../../manage/QuestionsPanel";
import { parseClockTime } from "../../chapters";
import { submittedValues, type FieldErrors } from "~/platform/forms/parse-form";
import { ChaptersPanel } from "../../manage/ChaptersPanel";
import { parseChaptersForm } from "../../manage/parse-chapters-form";
import { chapterListSchema } from "../../chapters";
import { captionsToWebVtt } from "../../manage/captions.server";
import { CaptionsPanel } from "../../manage/CaptionsPanel";
import { isLanguage } from "~/platform/i18n/languages";
import { parseSpeakersForm, speakerFormValues } from "../../manage/parse-speakers-form";
import { webinarFormSchema } from "../../manage/webinar-form-schema";
import { WebinarForm } from "../../manage/WebinarForm";
import { readCaptionFiles, readStoredStream, storedFileUrl } from "../../media/media-storage.server";
import { badRequest } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { webinarsStylesheet } from "../../webinars-stylesheet";

export const links: LinksFunction = () => [webinarsStylesheet];

export const meta = titleFromLoader;

const SAVED = ["created", "updated", "published", "unpublished", "captions", "chapters", "checkpoints", "quiz"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const webinar = await requireManagedWebinar(params.id);
  const title = localized(webinar, "title", language);
  const status = videoStatusOf(webinar, webinar.transcode);
  const stream = webinar.stream ? readStoredStream(webinar.stream) : null;
  return {
    title: await pageTitle(language, title),
    webinar: {
      id: webinar.id,
      slug: webinar.slug,
      title,
      origin: webinar.origin === "upload" ? ("upload" as const) : ("files" as const),
      published: webinar.published,
      ...status.webinar,
    },
    // Frame URLs name the stream's version: a new video never shows a cached frame of the old one.
    preview: { frames: stream ? `/${language}/trainer/webinars/${webinar.id}/frame?v=${encodeURIComponent(stream.folder.split("/")[1] ?? "")}` : null, durationSeconds: webinar.durationSeconds },
    video: status.video,
    captions: (() => {
      const files = readCaptionFiles(webinar.captionFiles);
      return { zh: files.zh ? storedFileUrl(files.zh) : null, en: files.en ? storedFileUrl(files.en) : null };
    })(),
    chapters: chapterListSchema.parse(JSON.parse(webinar.chapterList)),
    questions: (() => {
      const stored = storedQuestions(webinar);
      return {
        checkpoints: stored.checkpoints.map((checkpoint) => ({ id: checkpoint.question.id, at: checkpoint.at, prompt: checkpoint.question.prompt[language] })),
        quiz: stored.quiz.map((question) => ({ id: question.id, prompt: question.prompt[language] })),
      };
    })(),
    upload: { endpoint: uploadEndpoint(language, webinar.id), maxGigabytes: Math.floor(env.UPLOAD_MAX_BYTES / 1024 ** 3) },
    defaults: {
      titleZh: webinar.titleZh,
      titleEn: webinar.titleEn,
      descriptionZh: webinar.descriptionZh,
      descriptionEn: webinar.descriptionEn,
      category: webinar.category,
      recordedOn: webinar.recordedOn.toISOString().slice(0, 10),
    },
    speakers: speakerFormValues(storedSpeakers(webinar)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const actor = await requireTrainer(request);
  const webinar = await requireManagedWebinar(params.id);
  const formData = await readFormData(request);
  const here = `/${language}/trainer/webinars/${webinar.id}`;
  const intent = formData.get("intent");
  if (intent === "publish" || intent === "unpublish") {
    const result = await setPublished(webinar, intent === "publish", actor);
    if (!result.ok) return data({ refused: result.reason }, { status: 409 });
    return redirect(`${here}?saved=${intent === "publish" ? "published" : "unpublished"}`);
  }
  if (intent === "captions") {
    const language = formData.get("language");
    const file = formData.get("file");
    if (!isLanguage(language) || webinar.origin !== "upload") throw badRequest();
    if (!(file instanceof File) || file.size === 0) return data({ captions: { language, problem: { code: "missing" as const } } }, { status: 400 });
    const result = await captionsToWebVtt(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!result.ok) return data({ captions: { language, problem: result.problem } }, { status: 400 });
    await saveCaptions(webinar, language, result.vtt, actor, { fileName: file.name, encoding: result.encoding });
    return redirect(`${here}?saved=captions`);
  }
  if (intent === "addCheckpoint" || intent === "addQuizQuestion") {
    const form = intent === "addCheckpoint" ? ("checkpoint" as const) : ("quiz" as const);
    const parsed = parseQuestionForm(formData);
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    const at = form === "checkpoint" ? parseClockTime(String(formData.get("at") ?? "")) : 0;
    if (at === null) errors.at = { key: "validation.clockTime" };
    else if (form === "checkpoint" && webinar.durationSeconds > 0 && at >= webinar.durationSeconds) errors.at = { key: "validation.afterVideoEnd" };
    if (!parsed.ok || Object.keys(errors).length > 0 || at === null) return data({ questions: { form, answer: { errors, values: submittedValues(formData) } } }, { status: 400 });
    await changeQuestions(webinar, form === "checkpoint" ? { kind: "addCheckpoint", at, question: parsed.question } : { kind: "addQuizQuestion", question: parsed.question }, actor);
    return redirect(`${here}?saved=${form === "checkpoint" ? "checkpoints" : "quiz"}`);
  }
  if (intent === "removeCheckpoint" || intent === "removeQuizQuestion") {
    const questionId = String(formData.get("questionId") ?? "");
    await changeQuestions(webinar, { kind: intent, questionId }, actor);
    return redirect(`${here}?saved=${intent === "removeCheckpoint" ? "checkpoints" : "quiz"}`);
  }
  if (intent === "chapters") {
    const chapters = parseChaptersForm(formData, webinar.durationSeconds);
    if (!chapters.ok) return data({ chapters: { errors: chapters.errors, values: chapters.values } }, { status: 400 });
    await saveChapters(webinar, chapters.data, actor);
    return redirect(`${here}?saved=chapters`);
  }
  const parsed = parseForm(formData, webinarFormSchema);
  const speakers = parseSpeakersForm(formData);
  if (!parsed.ok || !speakers.ok) return rejectForm(formData, { ...(parsed.ok ? {} : parsed.errors), ...(speakers.ok ? {} : speakers.errors) });
  await updateWebinarDetails(webinar, parsed.data, speakers.speakers, actor);
  return redirect(`${here}?saved=updated`);
}

export default function ManageWebinar() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinar, video, upload, defaults, speakers, captions, chapters, questions, preview } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const saved = useSearchParams()[0].get("saved");
  const rejected = answer && "errors" in answer ? (answer as RejectedForm) : undefined;
  return (
    <section className="webinar-admin">
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainer/webinars`}>{t("webinarAdmin.list.title")}</Link>
      </nav>
      <h1>{webinar.title}</h1>
      {saved && (SAVED as readonly string[]).includes(saved) ? <FormAlert tone="success">{t(`webinarAdmin.edit.saved.${saved as (typeof SAVED)[number]}`)}</FormAlert> : null}

      <section aria-labelledby="catalog-heading" className="stack">
        <h2 id="catalog-heading">{t("webinarAdmin.edit.catalog")}</h2>
        <p data-testid="publication">{t(webinar.published ? "webinarAdmin.edit.publishedNote" : "webinarAdmin.edit.unpublishedNote")}</p>
        {answer && "refused" in answer ? <FormAlert>{t("webinarAdmin.edit.noVideo")}</FormAlert> : null}
        <Form method="post" className="actions">
          <input type="hidden" name="intent" value={webinar.published ? "unpublish" : "publish"} />
          <button type="submit" className={webinar.published ? "button button--secondary" : "button"}>
            {t(webinar.published ? "webinarAdmin.edit.unpublish" : "webinarAdmin.edit.publish")}
          </button>
          {webinar.published ? <Link to={`/${language}/webinars/${webinar.slug}`}>{t("webinarAdmin.edit.open")}</Link> : null}
        </Form>
      </section>

      <VideoPanel webinar={webinar} video={video} upload={upload} />

      {webinar.origin === "upload" ? <ChaptersPanel chapters={chapters} rejected={answer && "chapters" in answer ? answer.chapters : undefined} /> : null}

      {webinar.origin === "upload" ? (
        <QuestionsPanel checkpoints={questions.checkpoints} quiz={questions.quiz} preview={preview} rejected={answer && "questions" in answer ? answer.questions : undefined} />
      ) : null}

      {webinar.origin === "upload" ? <CaptionsPanel present={captions} refused={answer && "captions" in answer ? answer.captions : undefined} /> : null}

      <section aria-labelledby="details-heading" className="stack">
        <h2 id="details-heading">{t("webinarAdmin.edit.details")}</h2>
        {webinar.origin === "upload" ? (
          <WebinarForm defaults={defaults} speakers={speakers} rejected={rejected} submitLabel={t("webinarAdmin.form.save")} />
        ) : (
          <p>{t("webinarAdmin.edit.filesNote", { slug: webinar.slug })}</p>
        )}
      </section>
    </section>
  );
}
