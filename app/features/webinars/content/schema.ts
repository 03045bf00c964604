import { z } from "zod";
import { reviewFields } from "~/platform/content/sources";
import { bilingual } from "~/platform/content/bilingual";
import { questionSchema, quizSchema } from "~/features/quiz/content-schema";
import { CATEGORIES } from "~/platform/content/vocabulary";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and hyphens");
/** A media file next to webinar.yaml: a plain file name, no folders. */
const mediaFile = (extension: RegExp) => z.string().regex(/^[\w.-]+$/, "must be a file name in the webinar folder").regex(extension, "has the wrong file type");

export const webinarSchema = z
  .object({
    slug,
    title: bilingual,
    description: bilingual,
    speakers: z.array(z.object({ name: bilingual, organization: bilingual })).min(1, "name at least one speaker"),
    recordedOn: z.iso.date("must be a date like 2026-05-12"),
    durationSeconds: z.number().positive(),
    category: z.enum(CATEGORIES),
    requiredShare: z.number().min(0.5).max(1).default(0.9),
    passMark: z.number().int().min(1).max(100),
    media: z.object({
      video: mediaFile(/\.(webm|mp4)$/),
      poster: mediaFile(/\.(jpg|png)$/),
      captions: z.object({ zh: mediaFile(/\.vtt$/), en: mediaFile(/\.vtt$/) }),
      chapters: mediaFile(/\.vtt$/),
    }),
    checkpoints: z.array(z.object({ at: z.number().nonnegative(), question: questionSchema })).default([]),
    finalQuiz: quizSchema,
    ...reviewFields,
  })
  .superRefine((webinar, ctx) => {
    webinar.checkpoints.forEach((checkpoint, index) => {
      if (checkpoint.at >= webinar.durationSeconds) {
        ctx.addIssue({ code: "custom", path: ["checkpoints", index, "at"], message: "is after the end of the video" });
      }
    });
    const ids = webinar.checkpoints.map((checkpoint) => checkpoint.question.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["checkpoints"], message: "question ids repeat" });
  });

export type WebinarContent = z.infer<typeof webinarSchema>;
export type Checkpoint = WebinarContent["checkpoints"][number];
