import { useEffect, useRef, useState } from "react";
import type { QuestionView } from "./live-questions.server";

function sorted(questions: Map<string, QuestionView>): QuestionView[] {
  return [...questions.values()].sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt));
}

/**
 * A webinar's questions as they change: the state the page loaded with, then
 * every change over Server-Sent Events from the event after it. The browser's
 * EventSource reconnects by itself and sends the last event id it got, so a
 * dropped connection resumes without losing or repeating a change; each
 * event carries the question's whole state, so applying one twice is harmless.
 * When the page reloads its data (after an action), the loaded state and its
 * event id replace what the page had, and listening resumes from there.
 */
export function useLiveQuestions(webinarId: string, initial: QuestionView[], after: number, join: string | null): QuestionView[] {
  const [questions, setQuestions] = useState(() => new Map(initial.map((question) => [question.id, question])));
  const loaded = useRef(initial);
  loaded.current = initial;
  useEffect(() => {
    setQuestions(new Map(loaded.current.map((question) => [question.id, question])));
    const query = new URLSearchParams({ after: String(after) });
    if (join) query.set("join", join);
    const source = new EventSource(`/live/${webinarId}/events?${query}`);
    source.addEventListener("question", (event) => {
      const question = JSON.parse((event as MessageEvent<string>).data) as QuestionView;
      setQuestions((current) => {
        const next = new Map(current);
        if (question.status === "hidden") next.delete(question.id);
        else next.set(question.id, question);
        return next;
      });
    });
    return () => source.close();
  }, [webinarId, after, join]);
  return sorted(questions);
}
