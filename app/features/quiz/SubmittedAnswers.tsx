import { useTranslation } from "react-i18next";
import type { SubmittedQuestion } from "./review.server";

/** A submitted attempt as the learner answered it, without the right answers (a final quiz not yet passed). */
export function SubmittedAnswers({ questions }: { questions: SubmittedQuestion[] }) {
  const { t } = useTranslation();
  return (
    <ol className="quiz__questions">
      {questions.map((question, index) => (
        <li key={question.id} className="question" data-testid={`review-${question.id}`}>
          <p className="question__prompt">
            <span className="question__number">{t("courses.quiz.questionNumber", { number: index + 1 })}</span>
            {question.prompt}
          </p>
          <ul className="review-choices">
            {question.choices.map((choice) => (
              <li key={choice.id} className="review-choice">
                {choice.text}
                {choice.selected ? <span className="badge">{t("courses.quiz.result.yourAnswer")}</span> : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
