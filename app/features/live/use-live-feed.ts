import { useEffect, useRef, useState } from "react";
import type { QuestionView } from "./live-questions.server";
import type { PollView } from "./live-polls.server";

/** What a page loads about a webinar's Q&A and polls, and the event id it is current to. */
export type LiveFeed<Poll extends PollView = PollView> = { webinarId: string; after: number; questions: QuestionView[]; polls: Poll[]; join: string | null };

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function upsert<T extends { id: string }>(map: Map<T["id"], T>, item: T, remove = false): Map<string, T> {
  const next = new Map(map);
  if (remove) next.delete(item.id);
  else next.set(item.id, item);
  return next;
}

/**
 * A webinar's questions and polls as they change: the state the page loaded
 * with, then every change over Server-Sent Events from the event after it.
 * The browser's EventSource reconnects by itself and sends the last event id
 * it got, so a dropped connection resumes without losing or repeating a
 * change; each event carries the record's whole state, so applying one twice
 * is harmless. When the page reloads its data (after an action), the loaded
 * state and its event id replace what the page had, and listening resumes
 * from there. Hosts get "pollResults" (with the running counts) for polls.
 */
export function useLiveFeed<Poll extends PollView>(feed: LiveFeed<Poll>): { questions: QuestionView[]; polls: Poll[] } {
  const [questions, setQuestions] = useState(() => byId(feed.questions));
  const [polls, setPolls] = useState(() => byId(feed.polls));
  const loaded = useRef(feed);
  loaded.current = feed;
  const { webinarId, after, join } = feed;
  useEffect(() => {
    setQuestions(byId(loaded.current.questions));
    setPolls(byId(loaded.current.polls));
    const query = new URLSearchParams({ after: String(after) });
    if (join) query.set("join", join);
    const source = new EventSource(`/live/${webinarId}/events?${query}`);
    const data = <T,>(event: Event) => JSON.parse((event as MessageEvent<string>).data) as T;
    source.addEventListener("question", (event) => {
      const question = data<QuestionView>(event);
      setQuestions((current) => upsert(current, question, question.status === "hidden"));
    });
    const onPoll = (event: Event) => setPolls((current) => upsert(current, data<Poll>(event)));
    source.addEventListener("poll", onPoll);
    source.addEventListener("pollResults", onPoll);
    return () => source.close();
  }, [webinarId, after, join]);
  return {
    questions: [...questions.values()].sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt)),
    polls: [...polls.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}
