import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import "video.js/dist/video-js.css";
import type { LiveStatus } from "./vocabulary";

/** Waits until the media server has the first segments of the stream (its playlist answers). */
function usePlaylistReady(url: string, live: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!live) return setReady(false);
    let stopped = false;
    const check = async () => {
      try {
        // A plain GET, so the cross-origin request needs no preflight; the media server says not to cache playlists.
        const response = await fetch(url);
        const text = response.ok ? await response.text() : "";
        if (!stopped && text.includes("#EXTINF")) return setReady(true);
      } catch {
        // Not there yet.
      }
      if (!stopped) window.setTimeout(() => void check(), 1000);
    };
    void check();
    return () => {
      stopped = true;
    };
  }, [url, live]);
  return ready;
}

const HEARTBEAT_MS = 15_000;

/**
 * video.js playing the live HLS (its VHS engine), created in the effect and
 * disposed on unmount. It tells the server it is playing when playback starts
 * and every 15 s while it plays, and that it stopped on pause, at the end,
 * when the page is left and when it is removed (the broadcast ended): the
 * attendance report counts the time between "playing" beats.
 */
function HlsPlayer({ src, language, heartbeatUrl }: { src: string; language: string; heartbeatUrl: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    (window as { VIDEOJS_NO_DYNAMIC_STYLE?: boolean }).VIDEOJS_NO_DYNAMIC_STYLE = true;
    void Promise.all([import("video.js"), import("video.js/dist/lang/zh-CN.json")]).then(([{ default: videojs }, { default: zhCN }]) => {
      if (disposed || !container.current) return;
      videojs.addLanguage("zh", zhCN);
      const element = document.createElement("video-js");
      element.classList.add("vjs-big-play-centered", "vjs-16-9");
      element.setAttribute("data-testid", "live-video");
      container.current.appendChild(element);
      const player = videojs(element, {
        controls: true,
        fluid: true,
        autoplay: "muted",
        liveui: true,
        language,
        sources: [{ src, type: "application/x-mpegURL" }],
        html5: { vhs: { overrideNative: true } },
      });
      const beat = (playing: boolean) =>
        void fetch(heartbeatUrl, { method: "POST", body: new URLSearchParams({ playing: playing ? "1" : "0" }), keepalive: true }).catch(() => {});
      const timer = window.setInterval(() => {
        if (!player.paused()) beat(true);
      }, HEARTBEAT_MS);
      const onHide = () => beat(false);
      player.on("playing", () => beat(true));
      player.on("pause", () => beat(false));
      player.on("ended", () => beat(false));
      window.addEventListener("pagehide", onHide);
      dispose = () => {
        window.clearInterval(timer);
        window.removeEventListener("pagehide", onHide);
        beat(false);
        if (!player.isDisposed()) player.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [src, language, heartbeatUrl]);
  return <div ref={container} className="video-player" />;
}

/**
 * The live webinar as a viewer sees it: "waiting for the host" before the
 * broadcast, the stream with a live badge once it runs (switching by itself),
 * and a closing note when it ends.
 */
export function LivePlayer({ status, src, language, heartbeatUrl }: { status: LiveStatus; src: string; language: string; heartbeatUrl: string }) {
  const { t } = useTranslation();
  const ready = usePlaylistReady(src, status === "live");
  if (status === "ended") return <p className="alert alert--info" data-testid="live-ended">{t("live.watch.ended")}</p>;
  if (status === "cancelled") return <p className="alert alert--error">{t("live.register.refused.cancelled")}</p>;
  if (status !== "live" || !ready)
    return (
      <div className="live-waiting" data-testid="live-waiting" role="status">
        <p>{status === "live" ? t("live.watch.starting") : t("live.watch.waiting")}</p>
      </div>
    );
  return (
    <div className="live-stage">
      <p>
        <span className="badge badge--live-now" data-testid="live-badge">
          {t("live.watch.liveBadge")}
        </span>
      </p>
      <HlsPlayer src={src} language={language} heartbeatUrl={heartbeatUrl} />
    </div>
  );
}
