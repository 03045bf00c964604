/** The check-in page of a session; its sync endpoint and app manifest sit below it. */
export function checkInPath(language: string, sessionId: string) {
  return `/${language}/trainer/trainings/${sessionId}/check-in`;
}
