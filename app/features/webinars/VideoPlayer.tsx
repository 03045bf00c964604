import { useEffect, useRef } from "react";
import "video.js/dist/video-js.css";
import { attachBilingualCaptions } from "./bilingual-captions";
import type { CaptionMode } from "./caption-modes";

export type PlayerTrack = { kind: "captions" | "chapters"; src: string; srclang: string; label: string; default?: boolean };

type PlayerEvents = {
  onReady?: (video: PlayerHandle) => void;
  onTimeUpdate?: (seconds: number, video: PlayerHandle) => void;
  onReport?: (report: PlayerReport) => void;
  onCaptionMode?: (mode: CaptionMode) => void;
};

/** What the player reports: the ranges that played, where it is, whether it is playing now, and whether the page is being left. */
export type PlayerReport = { played: [number, number][]; position: number; playing: boolean; leaving: boolean };

/** What the page may do with the player. */
export type PlayerHandle = { pause(): void; play(): void; currentTime(): number; seek(seconds: number): void };

/**
 * video.js in React 18: the <video-js> element is created inside the effect,
 * the package is loaded only in the browser (never during SSR, and only on
 * pages with a player), and the player is disposed on unmount.
 * Played ranges are reported when playback starts or resumes, every 10 s
 * while playing, on pause, at the end and when the page is left; the server
 * counts watching only between reports that say the player was playing
 * (decision 0017), so a page being left reports "not playing".
 */
/**
 * Before the first measurement, the adaptive stream assumes a slow connection (1 Mbit/s):
 * it starts on the lowest rendition and steps up once segments arrive faster.
 */
const STARTING_BANDWIDTH = 1_000_000;

export function VideoPlayer(
  props: {
    src: string;
    type: string;
    poster: string | null;
    tracks: PlayerTrack[];
    language: string;
    /** Captions as the learner last chose them (null: the tracks' defaults), and the label of the bilingual entry. */
    captions: { initial: CaptionMode | null; bilingualLabel: string };
  } & PlayerEvents,
) {
  const container = useRef<HTMLDivElement>(null);
  const events = useRef<PlayerEvents>(props);
  events.current = props;
  const { src, type, poster, tracks, language } = props;
  // Read once when the player is made: choosing captions must not re-create it.
  const captions = useRef(props.captions);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    // video.js would add <style> elements of its own, which the Content-Security-Policy
    // refuses (decision 0016); its stylesheet's vjs-16-9 class sizes the player instead.
    (window as { VIDEOJS_NO_DYNAMIC_STYLE?: boolean }).VIDEOJS_NO_DYNAMIC_STYLE = true;
    void Promise.all([import("video.js"), import("video.js/dist/lang/zh-CN.json")]).then(([{ default: videojs }, { default: zhCN }]) => {
      if (disposed || !container.current) return;
      // The player's own controls speak the page's language too.
      videojs.addLanguage("zh", zhCN);
      const element = document.createElement("video-js");
      element.classList.add("vjs-big-play-centered", "vjs-16-9");
      container.current.appendChild(element);
      const player = videojs(element, {
        controls: true,
        fluid: true,
        preload: "metadata",
        poster: poster ?? undefined,
        language,
        // Inline on iPhones; never autoplay (no sound starts by itself).
        playsinline: true,
        autoplay: false,
        playbackRates: [0.75, 1, 1.25, 1.5, 2],
        userActions: { hotkeys: true },
        sources: [{ src, type }],
        tracks,
        html5: { nativeTextTracks: false, vhs: { bandwidth: STARTING_BANDWIDTH, useBandwidthFromLocalStorage: true } },
      });
      // WeChat's and QQ's in-app browsers (X5) and older iOS play inline only with their own attributes.
      const media = player.el().querySelector("video");
      media?.setAttribute("webkit-playsinline", "");
      media?.setAttribute("x5-playsinline", "");
      media?.setAttribute("x5-video-player-type", "h5-page");
      // The caption tracks exist once the playback technology is loaded (ready).
      let detachCaptions = () => {};
      player.ready(() => {
        detachCaptions = attachBilingualCaptions(player, {
          label: captions.current.bilingualLabel,
          initial: captions.current.initial,
          onChoose: (mode) => events.current.onCaptionMode?.(mode),
        });
      });
      const handle: PlayerHandle = {
        pause: () => player.pause(),
        play: () => void player.play()?.catch(() => {}),
        currentTime: () => player.currentTime() ?? 0,
        seek: (seconds) => player.currentTime(seconds),
      };
      const played = (): [number, number][] => {
        const ranges = player.played();
        return Array.from({ length: ranges.length }, (_, i) => [ranges.start(i), ranges.end(i)] as [number, number]);
      };
      const report = (leaving = false) =>
        events.current.onReport?.({ played: played(), position: player.currentTime() ?? 0, playing: !leaving && !player.paused() && !player.ended(), leaving });
      const timer = window.setInterval(() => {
        if (!player.paused()) report();
      }, 10_000);
      const onHide = () => report(true);
      player.ready(() => events.current.onReady?.(handle));
      player.on("timeupdate", () => events.current.onTimeUpdate?.(player.currentTime() ?? 0, handle));
      player.on("playing", () => report());
      player.on("pause", () => report());
      player.on("ended", () => report());
      window.addEventListener("pagehide", onHide);
      cleanup = () => {
        report(true);
        detachCaptions();
        window.clearInterval(timer);
        window.removeEventListener("pagehide", onHide);
        if (!player.isDisposed()) player.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [src, type, poster, tracks, language]);

  return <div ref={container} className="video-player" data-testid="video-player" />;
}
