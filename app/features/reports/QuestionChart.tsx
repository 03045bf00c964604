import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { BarChart } from "./charts/BarChart";
import type { QuestionShare } from "./question-shares.server";
import { formatCell } from "./report-table";

/** Share of correct answers per question, hardest first, as horizontal bars. */
export function QuestionChart({ title, questions, testId }: { title: string; questions: QuestionShare[]; testId?: string }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const percent = (value: number | null) => formatCell(value, "percent", language);
  const hardest = questions[0];
  return (
    <BarChart
      title={title}
      summary={hardest ? t("reports.course.questionsSummary", { count: questions.length, question: hardest.prompt, share: percent(hardest.share) }) : t("reports.course.noAnswers")}
      testId={testId}
      bars={questions.map((question) => ({
        label: question.prompt,
        value: question.share,
        valueLabel: question.answers
          ? t("reports.course.barValue", { share: percent(question.share), correct: question.correct, answers: question.answers })
          : t("reports.course.barNoAnswers"),
      }))}
    />
  );
}
