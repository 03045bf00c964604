import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/features/auth/guards.server";
import { readFormData } from "~/platform/forms/read-form.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { watchState } from "../personal-parts.server";
import { recordWatchReport } from "../watch-progress.server";
import { requireWebinar } from "../webinars.server";

const reportSchema = z.object({
  intervals: z
    .string()
    .max(20_000)
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(z.array(z.tuple([z.number().finite().nonnegative(), z.number().finite().nonnegative()])).max(500)),
  // Absent while the player does not yet know where the learner was: the stored one stays.
  position: z.coerce.number().finite().nonnegative().optional(),
  // Whether the player is playing as it reports; a report without it (an old page) earns nothing.
  playing: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
});

/**
 * Where the signed-in learner is in the video and their checkpoint questions:
 * fetched by the player, so the page itself shows nothing that differs
 * between learners at the same point (decision 0039).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const webinar = await requireWebinar(params.slug, language);
  return Response.json(await watchState(user, webinar, language), { headers: { "Cache-Control": "private, no-store" } });
}

/** The player's watch reports: played intervals, the current position and whether it is playing. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const webinar = await requireWebinar(params.slug, language);
  const parsed = reportSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return Response.json({ ok: false, error: "invalid report" }, { status: 400 });
  const { share } = await recordWatchReport(user.id, webinar, parsed.data);
  return Response.json({ ok: true, share });
}
