import type Player from "video.js/dist/types/player";
import type { CaptionMode } from "./caption-modes";

type Track = TextTrack & { on?: (event: string, handler: () => void) => void; off?: (event: string, handler: () => void) => void };

/** The plain text of a cue (WebVTT tags such as <i> dropped), never HTML. */
function plainText(cue: TextTrackCue): string {
  const text = (cue as VTTCue).text ?? "";
  return new DOMParser().parseFromString(text, "text/html").body.textContent ?? "";
}

function activeText(track: Track): string {
  return Array.from(track.activeCues ?? [])
    .map(plainText)
    .join("\n");
}

/**
 * 双语字幕: a "Chinese + English" entry in the player's captions menu that
 * shows the Chinese and the English cue at once, one above the other. video.js
 * shows one text track at a time, so the entry is an empty track of its own;
 * while it is chosen, both caption tracks run hidden (their cues stay current
 * on play, seek and rate changes) and their active cues are drawn in a box
 * inside the player element, so it stays on screen in fullscreen too.
 * Returns a function that removes it.
 */
export function attachBilingualCaptions(player: Player, options: { label: string; initial: CaptionMode | null; onChoose: (mode: CaptionMode) => void }): () => void {
  const tracks = () => Array.from(player.textTracks() as unknown as ArrayLike<Track>);
  const zh = tracks().find((track) => track.kind === "captions" && track.language === "zh");
  const en = tracks().find((track) => track.kind === "captions" && track.language === "en");
  if (!zh || !en) return () => {};
  const both = player.addTextTrack("captions", options.label, "zh-Hans-en") as unknown as Track;

  const box = document.createElement("div");
  box.className = "bilingual-captions";
  box.dataset.testid = "bilingual-captions";
  box.hidden = true;
  const zhLine = document.createElement("p");
  zhLine.lang = "zh-CN";
  const enLine = document.createElement("p");
  enLine.lang = "en";
  box.append(zhLine, enLine);
  player.el().appendChild(box);

  const render = () => {
    const on = both.mode === "showing";
    box.hidden = !on;
    if (!on) return;
    zhLine.textContent = activeText(zh);
    enLine.textContent = activeText(en);
    zhLine.hidden = zhLine.textContent === "";
    enLine.hidden = enLine.textContent === "";
  };

  const current = (): CaptionMode => (both.mode === "showing" ? "bilingual" : zh.mode === "showing" ? "zh" : en.mode === "showing" ? "en" : "off");
  let reported: CaptionMode | null = null;
  let adjusting = false;
  const onTracksChange = () => {
    if (adjusting) return;
    adjusting = true;
    // Chosen: the two language tracks keep their cues up to date without drawing them.
    if (both.mode === "showing") for (const track of [zh, en]) track.mode = "hidden";
    else for (const track of [zh, en]) if (track.mode === "hidden") track.mode = "disabled";
    adjusting = false;
    render();
    const mode = current();
    if (reported !== null && mode !== reported) options.onChoose(mode);
    reported = mode;
  };

  const apply = (mode: CaptionMode) => {
    both.mode = mode === "bilingual" ? "showing" : "disabled";
    zh.mode = mode === "zh" ? "showing" : "disabled";
    en.mode = mode === "en" ? "showing" : "disabled";
  };
  if (options.initial) apply(options.initial);

  const list = player.textTracks() as unknown as EventTarget & { on: (event: string, handler: () => void) => void; off: (event: string, handler: () => void) => void };
  list.on("change", onTracksChange);
  zh.addEventListener("cuechange", render);
  en.addEventListener("cuechange", render);
  player.on(["timeupdate", "seeked"], render);
  onTracksChange();
  return () => {
    list.off("change", onTracksChange);
    zh.removeEventListener("cuechange", render);
    en.removeEventListener("cuechange", render);
    box.remove();
  };
}
