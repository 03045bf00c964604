// What one demo learner did, as rows ready for createMany: course enrolments,
// module progress, quiz attempts with per-question answers, and webinar
// watching with checkpoint answers. Pure and deterministic: the same learner
// number gives the same activity.
import type { Quiz, QuizQuestion } from "~/features/quiz/content-schema";
import { gradeQuiz, type Answers } from "~/features/quiz/engine.server";
import { mergeIntervals, totalSeconds, type Interval } from "~/features/webinars/intervals";
import { hashString, seededRandom, type Random } from "./seeded-random";

export type SeedCourse = { id: string; passMark: number; modules: { id: string; slug: string; quiz: Quiz | null }[] };
export type SeedWebinar = {
  id: string;
  durationSeconds: number;
  requiredShare: number;
  passMark: number;
  checkpoints: { at: number; question: QuizQuestion }[];
  quiz: Quiz;
};

const HOUR = 3_600_000;
/** The chance of giving up between modules, spread over the course: a longer course is not abandoned more often. */
const DROP_OUT_PER_COURSE = 0.4;
const DAY = 24 * HOUR;

/**
 * How easy a question is, 0.35–1.05: one question per quiz is clearly hard
 * and one tricky, chosen from the quiz's own ids so they stay the same.
 */
export function questionEase(quiz: Quiz, question: QuizQuestion): number {
  const ids = quiz.questions.map((candidate) => candidate.id);
  const key = hashString(ids.join(","));
  const index = ids.indexOf(question.id);
  if (index === key % ids.length) return 0.42;
  if (index === (key + 2) % ids.length) return 0.68;
  return 0.88 + (hashString(question.id) % 18) / 100;
}

/** One learner's answers to a quiz: right with a chance that grows with skill, ease and practice. */
function answerQuiz(random: Random, quiz: Quiz, skill: number, practice: number): Answers {
  const answers: Answers = {};
  for (const question of quiz.questions) {
    const p = Math.min(0.97, Math.max(0.03, skill * questionEase(quiz, question) + practice));
    const right = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
    const wrong = question.choices.filter((choice) => !choice.correct).map((choice) => choice.id);
    answers[question.id] = random.chance(p) || wrong.length === 0 ? right : [random.pick(wrong)];
  }
  return answers;
}

export type LearnerRows = ReturnType<typeof emptyRows>;

function emptyRows() {
  return {
    enrollments: [] as { userId: string; courseId: string; startedAt: Date; lastModuleId: string | null; lastVisitAt: Date; completedAt: Date | null }[],
    moduleProgress: [] as { userId: string; moduleId: string; firstViewAt: Date; completedAt: Date | null }[],
    attempts: [] as { id: string; userId: string; moduleId?: string; webinarId?: string; number: number; score: number; passed: boolean; submittedAt: Date }[],
    answers: [] as { attemptId: string; questionId: string; selected: string; correct: boolean }[],
    webinarProgress: [] as {
      userId: string;
      webinarId: string;
      intervals: string;
      watchedSeconds: number;
      position: number;
      answeredCheckpoints: string;
      lastReportAt: Date;
      startedAt: Date;
      completedAt: Date | null;
    }[],
    checkpointAnswers: [] as { userId: string; webinarId: string; questionId: string; correct: boolean; answeredAt: Date }[],
  };
}

/** Activity of learner `number` (1-based), starting from `joinedAt`, never later than `latest`. */
export function learnerActivity(input: { number: number; userId: string; joinedAt: Date; latest: Date; courses: SeedCourse[]; webinars: SeedWebinar[] }): LearnerRows {
  const { userId, joinedAt, latest } = input;
  const random = seededRandom(`learner-${input.number}`);
  const rows = emptyRows();
  const skill = 0.62 + random.next() * 0.36;
  let attemptCount = 0;
  const at = (time: number) => new Date(Math.min(time, latest.getTime()));

  const recordAttempt = (quiz: Quiz, passMark: number, target: { moduleId: string } | { webinarId: string }, number: number, practice: number, time: number) => {
    attemptCount += 1;
    const id = `${userId}-attempt-${attemptCount}`;
    const grade = gradeQuiz(quiz, answerQuiz(random, quiz, skill, practice), passMark);
    rows.attempts.push({ id, userId, ...target, number, score: grade.score, passed: grade.passed, submittedAt: at(time) });
    for (const question of grade.questions) {
      rows.answers.push({ attemptId: id, questionId: question.questionId, selected: JSON.stringify(question.selected), correct: question.correct });
    }
    return grade.passed;
  };

  input.courses.forEach((course, courseIndex) => {
    if (!random.chance([0.9, 0.65, 0.55][courseIndex] ?? 0.4)) return;
    const startedAt = joinedAt.getTime() + random.next() * 12 * DAY;
    let time = startedAt;
    let lastModuleId: string | null = null;
    let finished = true;
    for (const [moduleIndex, module] of course.modules.entries()) {
      if (random.chance(moduleIndex === 0 ? 0.04 : DROP_OUT_PER_COURSE / course.modules.length)) {
        finished = false;
        break;
      }
      time += moduleIndex === 0 ? random.next() * HOUR : 2 * HOUR + random.exponential(3.5 * DAY);
      const progress = { userId, moduleId: module.id, firstViewAt: at(time), completedAt: null as Date | null };
      rows.moduleProgress.push(progress);
      lastModuleId = module.id;
      if (!module.quiz) {
        progress.completedAt = at(time + 20 * 60_000);
        continue;
      }
      let passed = false;
      for (let number = 1; number <= 3 && !passed; number += 1) {
        if (number > 1 && !random.chance(0.8)) break;
        time += number === 1 ? 25 * 60_000 + random.next() * HOUR : random.exponential(DAY);
        passed = recordAttempt(module.quiz, course.passMark, { moduleId: module.id }, number, 0.12 * (number - 1), time);
      }
      if (!passed) {
        finished = false;
        break;
      }
      progress.completedAt = at(time);
    }
    if (lastModuleId === null) return;
    rows.enrollments.push({ userId, courseId: course.id, startedAt: at(startedAt), lastModuleId, lastVisitAt: at(time), completedAt: finished ? at(time) : null });
  });

  input.webinars.forEach((webinar, webinarIndex) => {
    if (!random.chance([0.8, 0.6][webinarIndex] ?? 0.5)) return;
    const duration = webinar.durationSeconds;
    const kind = random.next();
    const end = kind < 0.35 ? duration * (0.03 + 0.27 * random.next()) : kind < 0.6 ? duration * (0.3 + 0.4 * random.next()) : kind < 0.72 ? duration * (0.7 + 0.2 * random.next()) : duration;
    let watched: Interval[] = [[0, end]];
    if (random.chance(0.25) && end > duration * 0.4) {
      const skipFrom = end * (0.2 + 0.3 * random.next());
      watched = [[0, skipFrom], [skipFrom + duration * (0.04 + 0.08 * random.next()), end]];
    }
    const intervals = mergeIntervals(watched, duration).map(([start, stop]): Interval => [Math.round(start * 100) / 100, Math.round(stop * 100) / 100]);
    const watchedSeconds = totalSeconds(intervals);
    const startedAt = joinedAt.getTime() + random.next() * 30 * DAY;
    const answered = webinar.checkpoints.filter((checkpoint) => intervals.some(([start, stop]) => checkpoint.at >= start && checkpoint.at <= stop));
    const checkpointQuiz = { questions: webinar.checkpoints.map((checkpoint) => checkpoint.question) };
    for (const checkpoint of answered) {
      const correct = random.chance(Math.min(0.97, skill * questionEase(checkpointQuiz, checkpoint.question)));
      rows.checkpointAnswers.push({ userId, webinarId: webinar.id, questionId: checkpoint.question.id, correct, answeredAt: at(startedAt + checkpoint.at * 1000) });
    }
    let completedAt: Date | null = null;
    if (watchedSeconds / duration >= webinar.requiredShare) {
      for (let number = 1; number <= 2 && !completedAt; number += 1) {
        const time = startedAt + duration * 1000 + number * 10 * 60_000;
        if (recordAttempt(webinar.quiz, webinar.passMark, { webinarId: webinar.id }, number, 0.12 * (number - 1), time)) completedAt = at(time);
      }
    }
    rows.webinarProgress.push({
      userId,
      webinarId: webinar.id,
      intervals: JSON.stringify(intervals),
      watchedSeconds,
      position: end,
      answeredCheckpoints: JSON.stringify(answered.map((checkpoint) => checkpoint.question.id)),
      lastReportAt: at(startedAt + end * 1000),
      startedAt: at(startedAt),
      completedAt,
    });
  });
  return rows;
}
