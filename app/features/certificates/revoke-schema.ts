import { z } from "zod";
import { requiredText } from "~/features/forms/fields";

export const revokeSchema = z.object({ reason: requiredText(500) });
