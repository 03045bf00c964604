import { storedJsonReader } from "~/platform/db/stored-json";
import { quizSchema } from "./content-schema";

/** A quiz as stored in the database (module quizzes and webinar final quizzes), parsed once per text. */
export const readStoredQuiz = storedJsonReader(quizSchema);
