import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse } from "~/platform/csv/csv.server";
import { peopleCsv } from "../people/people-csv.server";
import { allPeople, readPeopleQuery } from "../people/people-search.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const rows = await allPeople(readPeopleQuery(new URL(request.url)));
  return csvResponse(peopleCsv(rows, await getServerT(language), language), "people.csv");
}
