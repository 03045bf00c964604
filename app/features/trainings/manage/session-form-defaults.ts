import { parseJsonList } from "~/platform/db/json-list";
import { toZonedInput } from "./zoned-time";

export type TrainingSessionFormDefaults = Record<string, string | string[]>;

/** A blank form for a new session: the usual zone, both languages, the usual organizers. */
export const NEW_TRAINING_SESSION_DEFAULTS: TrainingSessionFormDefaults = {
  category: "general",
  timeZone: "Asia/Shanghai",
  languages: ["zh", "en"],
  organizers: "CPSC, ACCC",
};

type StoredSession = {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  category: string;
  cityZh: string;
  cityEn: string;
  venueZh: string;
  venueEn: string;
  addressZh: string;
  addressEn: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date;
  capacity: number;
  languages: string;
  organizers: string;
};

/** A stored session as form values, times as wall-clock text in the venue's zone. */
export function trainingSessionFormDefaults(session: StoredSession): TrainingSessionFormDefaults {
  const { startsAt, endsAt, registrationDeadline, capacity, languages, organizers, timeZone, ...text } = session;
  return {
    ...text,
    timeZone,
    startsAt: toZonedInput(startsAt, timeZone),
    endsAt: toZonedInput(endsAt, timeZone),
    registrationDeadline: toZonedInput(registrationDeadline, timeZone),
    capacity: String(capacity),
    languages: parseJsonList(languages),
    organizers: parseJsonList(organizers).join(", "),
  };
}
