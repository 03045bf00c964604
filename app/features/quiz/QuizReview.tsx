import { useTranslation } from "react-i18next";
import type { ReviewedQuestion } from "./review.server";

/** A submitted attempt: each question right or wrong, the learner's answer, the correct one and why. */
export function QuizReview({ questions }: { questions: ReviewedQuestion[] }) {
  const { t } = useTranslation();
  return (
    <ol className="quiz__questions">
      {questions.map((question, index) => (
        <li key={question.id} className={question.correct ? "question question--right" : "question question--wrong"} data-testid={`review-${question.id}`}>
          <p className="question__prompt">
            <span className="question__number">{t("courses.quiz.questionNumber", { number: index + 1 })}</span>
            {question.prompt}
          </p>
          <p className={question.correct ? "verdict verdict--right" : "verdict verdict--wrong"}>
            {question.correct ? `✓ ${t("courses.quiz.result.right")}` : `✗ ${t("courses.quiz.result.wrong")}`}
          </p>
          <ul className="review-choices">
            {question.choices.map((choice) => (
              <li key={choice.id} className={choice.right ? "review-choice review-choice--right" : "review-choice"}>
                {choice.text}
                {choice.selected ? <span className="badge">{t("courses.quiz.result.yourAnswer")}</span> : null}
                {choice.right ? <span className="badge badge--done">{t("courses.quiz.result.correctAnswer")}</span> : null}
              </li>
            ))}
          </ul>
          <p className="explanation">
            <strong>{t("courses.quiz.result.why")}</strong> {question.explanation}
          </p>
        </li>
      ))}
    </ol>
  );
}
