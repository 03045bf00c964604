/**
 * How far a device's clock may differ from the server's and still be
 * trusted as it is: network delay plus the drift of a phone kept on
 * network time.
 */
export const TRUSTED_CLOCK_OFFSET_MS = 2 * 60_000;

/**
 * The time to record for a change a device made at `deviceTime` by its own
 * clock. The device sends its clock reading `deviceSentAt` with the batch;
 * the server received it at `receivedAt`. When the two differ by more than
 * the trusted offset, the device's clock is wrong (a phone set by hand, a
 * dead battery reset to 1970) and every time it reports is shifted by the
 * difference. No recorded time is later than the moment the server received
 * it: nothing can have happened in the future.
 */
export function recordedTime(deviceTime: Date, deviceSentAt: Date, receivedAt: Date): Date {
  const offset = receivedAt.getTime() - deviceSentAt.getTime();
  const corrected = Math.abs(offset) <= TRUSTED_CLOCK_OFFSET_MS ? deviceTime.getTime() : deviceTime.getTime() + offset;
  return new Date(Math.min(corrected, receivedAt.getTime()));
}
