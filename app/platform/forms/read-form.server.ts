import { badRequest } from "~/platform/http/responses";

/**
 * The request's form data; a body that is not a form (JSON, plain text,
 * broken multipart) is a 400, not a crash.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw badRequest();
  }
}
