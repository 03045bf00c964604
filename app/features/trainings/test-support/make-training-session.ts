import { db } from "~/platform/db/db.server";

/** A training session for unit tests; a week ahead, registration open unless a deadline is given. */
export function makeTrainingSession(code: string, capacity: number, deadline = new Date(Date.now() + 86_400_000)) {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  return db.trainingSession.create({
    data: {
      code,
      titleZh: "培训",
      titleEn: "Training",
      descriptionZh: "说明",
      descriptionEn: "About",
      category: "toys",
      cityZh: "宁波",
      cityEn: "Ningbo",
      venueZh: "会场",
      venueEn: "Venue",
      addressZh: "地址",
      addressEn: "Address",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      registrationDeadline: deadline,
      languages: '["zh"]',
      organizers: '["CPSC"]',
      capacity,
    },
  });
}
