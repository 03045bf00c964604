import { z } from "zod";
import { requiredText } from "~/platform/forms/fields";

export const revokeSchema = z.object({ reason: requiredText(500) });
