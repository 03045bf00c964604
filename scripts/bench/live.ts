// The bounded live-webinar load run (loopback only): the real ingest
// (scripts/live-ingest.sh, nginx-rtmp) with an ffmpeg-made stream pushed to
// it; N viewers each hold a Server-Sent Events connection to the webinar's
// live-update endpoint and fetch the HLS playlist and its new segments every
// two seconds (the player's pace: nginx cuts 2 s fragments); meanwhile a
// signed-in attendee posts questions from a thread of its own
// (question-poster.mjs). Reports the p99 of posting a question once every
// viewer has joined (the join burst apart), connections dropped, whether
// every viewer got every question, and the server's memory.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { freePort, startServer, type RunningServer } from "../server-process";
import { percentile } from "./load";

export type LiveLoadFigures = {
  viewers: number;
  seconds: number;
  questions: { posted: number; failed: number; p50Ms: number; p99Ms: number };
  questionsWhileJoining: { posted: number; maxMs: number };
  sse: { opened: number; dropped: number; missedQuestions: number };
  hls: { playlists: number; segments: number; errors: number };
  serverRssMb: number;
};

const PUSH_HEADERS = { "X-Forwarded-For": "127.0.0.9" };
/**
 * How long the viewers take to join: each starts within 2 s and takes the
 * last three segments at once. On loopback that burst is the load generator's
 * and nginx's work on the server's two cores, not something a viewer far
 * away would add, so questions are timed from when it is over.
 */
const JOIN_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`live load: ${what} did not happen within ${timeoutMs / 1000} s`);
}

/** Resident memory of the server and its worker processes, in MB. */
function serverRssMb(pid: number): number {
  const pids = [pid, ...fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry) && readStat(entry)?.ppid === pid).map(Number)];
  return Math.round(pids.reduce((sum, each) => sum + (readStat(String(each))?.rssKb ?? 0), 0) / 1024);
}

function readStat(pid: string): { ppid: number; rssKb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return { ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]), rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) };
  } catch {
    return null;
  }
}

/** One viewer's live-update connection: counts the question events it receives and whether it closed early. */
function openEventStream(url: string): { questions: Set<string>; opened: Promise<void>; dropped: () => boolean; close(): void } {
  const questions = new Set<string>();
  let closedByUs = false;
  let dropped = false;
  let request: http.ClientRequest | null = null;
  const opened = new Promise<void>((resolve, reject) => {
    request = http.get(url, { headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`live events answered ${response.statusCode}`));
      resolve();
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        const events = buffer.split("\n\n");
        buffer = events.pop() ?? "";
        for (const event of events) {
          if (!/^event: question$/m.test(event)) continue;
          const id = /"id":"([^"]+)"/.exec(event)?.[1];
          if (id) questions.add(id);
        }
      });
      response.on("close", () => {
        if (!closedByUs) dropped = true;
      });
    });
    request.on("error", (error) => {
      if (!closedByUs) dropped = true;
      reject(error);
    });
  });
  return {
    questions,
    opened,
    dropped: () => dropped,
    close() {
      closedByUs = true;
      request?.destroy();
    },
  };
}

/** One viewer's player: the playlist every 2 s and each segment it has not fetched yet. */
async function watchHls(playlistUrl: string, until: number, counts: LiveLoadFigures["hls"]): Promise<void> {
  const fetched = new Set<string>();
  await sleep(Math.random() * 2000);
  while (Date.now() < until) {
    const started = Date.now();
    try {
      const response = await fetch(playlistUrl);
      const text = await response.text();
      if (!response.ok) throw new Error(String(response.status));
      counts.playlists += 1;
      const segments = text.split("\n").filter((line) => line && !line.startsWith("#"));
      // A player starting at the live edge takes the last three segments, then each new one.
      for (const segment of segments.slice(-3)) {
        if (fetched.has(segment)) continue;
        fetched.add(segment);
        const media = await fetch(new URL(segment, playlistUrl));
        await media.arrayBuffer();
        if (!media.ok) throw new Error(String(media.status));
        counts.segments += 1;
      }
    } catch {
      counts.errors += 1;
    }
    await sleep(Math.max(0, 2000 - (Date.now() - started)));
  }
}

async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/en/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...PUSH_HEADERS },
    body: new URLSearchParams({ email, password }).toString(),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (cookies.length === 0) throw new Error(`live load: logging in as ${email} answered ${response.status} without a session`);
  return cookies.join("; ");
}

export type LiveLoadOptions = { viewers?: number; seconds?: number; workDir: string; env: Record<string, string>; port?: number };

/**
 * Runs the whole thing on the database in `env` (DATABASE_URL must also be
 * this process's, for the webinar it creates there) and stops everything it started.
 */
export async function measureLiveLoad({ viewers = 500, seconds = 30, workDir, env, port }: LiveLoadOptions): Promise<LiveLoadFigures> {
  const { db } = await import("../../app/platform/db/db.server");
  const { newStreamKey } = await import("../../app/features/live/live-webinars.server");
  const [rtmpPort, hlsPort] = [await freePort(), await freePort()];
  const secret = randomBytes(24).toString("base64url");
  const liveEnv = {
    ...env,
    LOG_LEVEL: "warn",
    LIVE_INGEST_SECRET: secret,
    LIVE_INGEST_URL: `rtmp://127.0.0.1:${rtmpPort}/live`,
    LIVE_PLAYBACK_URL: `http://127.0.0.1:${hlsPort}/hls`,
  };
  const trainer = await db.user.findFirstOrThrow({ where: { role: { in: ["trainer", "admin"] } } });
  const startsAt = new Date(Date.now() + 5 * 60_000);
  const webinar = await db.liveWebinar.create({
    data: {
      code: `bench-live-${Date.now()}`,
      titleZh: "负载测试直播",
      titleEn: "Load-test live webinar",
      descriptionZh: "基准测试用。",
      descriptionEn: "For the benchmark.",
      speakers: "Bench",
      category: "general",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      registrationRequired: false,
      streamKey: newStreamKey(),
      trainers: { create: { userId: trainer.id } },
    },
  });
  let server: RunningServer | null = null;
  let ingest: ChildProcess | null = null;
  let encoder: ChildProcess | null = null;
  const streams: ReturnType<typeof openEventStream>[] = [];
  try {
    server = await startServer({ port: port ?? (await freePort()), env: liveEnv, logFile: path.join(workDir, "live-server.log") });
    const ingestDir = fs.mkdtempSync(path.join(workDir, "ingest-"));
    ingest = spawn("bash", ["scripts/live-ingest.sh", ingestDir], {
      env: { ...process.env, ...liveEnv, LIVE_RTMP_PORT: String(rtmpPort), LIVE_HLS_PORT: String(hlsPort), APP_URL: server.url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitFor("the ingest answering", async () => (await fetch(`http://127.0.0.1:${hlsPort}/`)).status === 404, 15_000);
    encoder = spawn(
      "ffmpeg",
      [
        ...["-hide_banner", "-loglevel", "error", "-re"],
        ...["-f", "lavfi", "-i", "testsrc=size=426x240:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"],
        ...["-t", String(seconds + 60), "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "50"],
        ...["-c:a", "aac", "-b:a", "64k", "-f", "flv", `rtmp://127.0.0.1:${rtmpPort}/live/${webinar.streamKey}`],
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    await waitFor("the webinar going live", async () => (await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } })).status === "live", 30_000);
    const page = await (await fetch(`${server.url}/en/live/${webinar.id}`)).text();
    const playlistUrl = /https?:\/\/[^"\\]+\/index\.m3u8/.exec(page)?.[0];
    if (!playlistUrl) throw new Error("live load: the live page has no playback URL");
    await waitFor("the first HLS playlist", async () => (await fetch(playlistUrl)).ok, 30_000);
    const cookie = await logIn(server.url, "learner@example.com", "training-demo");

    for (let index = 0; index < viewers; index += 1) {
      const stream = openEventStream(`${server.url}/live/${webinar.id}/events`);
      streams.push(stream);
      await stream.opened;
    }
    const poster = new Worker(new URL("./question-poster.mjs", import.meta.url), { workerData: { baseUrl: server.url, webinarId: webinar.id, cookie, warmUps: 6 } });
    const answer = <T>() =>
      new Promise<T>((resolve, reject) => {
        poster.once("message", resolve);
        poster.once("error", reject);
      });
    await answer<{ warmedUp: true }>();
    const baselineRss = serverRssMb(server.pid);
    const until = Date.now() + JOIN_MS + seconds * 1000;
    const hls = { playlists: 0, segments: 0, errors: 0 };
    const watching = Promise.all(Array.from({ length: viewers }, () => watchHls(playlistUrl, until, hls)));
    let peakRss = baselineRss;
    const sampling = setInterval(() => (peakRss = Math.max(peakRss, serverRssMb(server!.pid))), 250);
    const posted = answer<{ asked: { at: number; ms: number }[]; failed: number }>();
    const joined = Date.now() + JOIN_MS;
    poster.postMessage(until);
    const { asked: timed, failed } = await posted;
    // Questions asked while the viewers were joining are reported apart; the target is for the time all of them watch.
    const latencies = timed.filter((question) => question.at >= joined).map((question) => question.ms);
    const whileJoining = timed.filter((question) => question.at < joined).map((question) => question.ms);
    clearInterval(sampling);
    await watching;
    await sleep(1500); // the last question's event on its way
    const asked = await db.liveQuestion.count({ where: { webinarId: webinar.id } });
    return {
      viewers,
      seconds,
      questions: { posted: latencies.length, failed, p50Ms: Math.round(percentile(latencies, 50)), p99Ms: Math.round(percentile(latencies, 99)) },
      questionsWhileJoining: { posted: whileJoining.length, maxMs: Math.round(Math.max(0, ...whileJoining)) },
      sse: { opened: streams.length, dropped: streams.filter((stream) => stream.dropped()).length, missedQuestions: streams.reduce((sum, stream) => sum + Math.max(0, asked - stream.questions.size), 0) },
      hls,
      serverRssMb: peakRss,
    };
  } finally {
    for (const stream of streams) stream.close();
    encoder?.kill("SIGINT");
    ingest?.kill("SIGQUIT");
    if (server) await server.stop();
  }
}

/** Prints the figures with the targets (p99 of posting a question under 200 ms, no connection dropped). */
export function printLiveLoad(figures: LiveLoadFigures): void {
  const mark = (met: boolean) => (met ? "met" : "NOT met");
  console.log(`\nLive webinar: ${figures.viewers} viewers for ${figures.seconds} s (SSE + HLS at 2 s), questions posted meanwhile`);
  console.log(`  while the viewers join (first ${JOIN_MS / 1000} s): ${figures.questionsWhileJoining.posted} questions, the slowest ${figures.questionsWhileJoining.maxMs} ms (not part of the target)`);
  console.log(`  posting a question once all watch: p50 ${figures.questions.p50Ms} ms, p99 ${figures.questions.p99Ms} ms over ${figures.questions.posted} (failed ${figures.questions.failed}) — target p99 < 200 ms: ${mark(figures.questions.p99Ms < 200 && figures.questions.failed === 0)}`);
  console.log(`  live-update connections: ${figures.sse.opened} opened, ${figures.sse.dropped} dropped — target 0: ${mark(figures.sse.dropped === 0)}; question events missed: ${figures.sse.missedQuestions}`);
  console.log(`  HLS: ${figures.hls.playlists} playlists, ${figures.hls.segments} segments, ${figures.hls.errors} errors`);
  console.log(`  server memory (all processes, peak): ${figures.serverRssMb} MB`);
}
