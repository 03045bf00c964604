#!/usr/bin/env bash
# Regenerates the media of the recorded webinars from their text sources.
#
#   bash scripts/make-webinar-media.sh            # every webinars/<slug>/ with slides/
#   bash scripts/make-webinar-media.sh <slug>...  # only the named webinars
#
# For each webinar the slides in webinars/<slug>/slides/*.txt (rendered in file
# name order; the format is described in webinars/README.md) produce:
#   video.webm       VP9 video, 1280x720, 5 fps, with a silent Opus track
#   poster.jpg       the title slide, 960x540
#   captions.zh.vtt  Simplified Chinese captions  } same cue timings, taken
#   captions.en.vtt  English captions              } from the slide sources
#   chapters.vtt     one cue per chapter ("中文标题 / English title")
# and webinar.yaml gets its durationSeconds (read back from the video) and the
# time of every checkpoint written as `at: N # end of slide NN` refreshed.
#
# Requirements: ffmpeg and ffprobe built with libvpx-vp9, libopus and the
# drawtext filter, and the Noto Sans CJK fonts (Debian: apt-get install ffmpeg
# fonts-noto-cjk). Output is deterministic for a given ffmpeg build.
set -euo pipefail
export LC_ALL=C.UTF-8 # character counts below must count characters, not bytes

die() { printf 'make-webinar-media: error: %s\n' "$*" >&2; exit 1; }
info() { printf 'make-webinar-media: %s\n' "$*"; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEBINARS="$ROOT/webinars"

# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------
command -v ffmpeg >/dev/null 2>&1 ||
  die "ffmpeg was not found on PATH. Install it (on Debian: apt-get install -y ffmpeg) and run this script again."
command -v ffprobe >/dev/null 2>&1 ||
  die "ffprobe was not found on PATH (it ships with ffmpeg). Install ffmpeg and run this script again."
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null || true)"
filters="$(ffmpeg -hide_banner -filters 2>/dev/null || true)"
[[ "$encoders" == *libvpx-vp9* ]] || die "this ffmpeg has no libvpx-vp9 encoder."
[[ "$encoders" == *libopus* ]] || die "this ffmpeg has no libopus encoder."
[[ "$filters" == *" drawtext "* ]] || die "this ffmpeg has no drawtext filter (it needs libfreetype)."

# --------------------------------------------------------------------------
# Font: Noto Sans CJK, located with fontconfig, else in the Debian font folder.
# --------------------------------------------------------------------------
CJK_FAMILY='Noto Sans CJK SC'
FONT_DIR_FALLBACK=/usr/share/fonts/opentype/noto
FONT_REGULAR=''
FONT_BOLD=''
if command -v fc-match >/dev/null 2>&1; then
  f="$(fc-match -f '%{file}' "$CJK_FAMILY" 2>/dev/null || true)"
  case "$f" in *SansCJK* | *Sans*CJK*) FONT_REGULAR="$f" ;; esac
  f="$(fc-match -f '%{file}' "$CJK_FAMILY:bold" 2>/dev/null || true)"
  case "$f" in *Sans*CJK*Bold*) FONT_BOLD="$f" ;; esac
fi
if [[ -n "$FONT_REGULAR" ]]; then
  # The font files are collections whose first face is the Japanese one; a plain
  # fontfile= would load that face. Naming the family lets fontconfig choose the
  # Simplified Chinese face (the fontfile pattern below only asks for the bold
  # style and is resolved by fontconfig, as no such file exists).
  FONT_MODE=fontconfig
  [[ -n "$FONT_BOLD" ]] || FONT_BOLD="$FONT_REGULAR"
else
  FONT_MODE=file
  FONT_REGULAR="$FONT_DIR_FALLBACK/NotoSansCJK-Regular.ttc"
  FONT_BOLD="$FONT_DIR_FALLBACK/NotoSansCJK-Bold.ttc"
  [[ -f "$FONT_REGULAR" ]] ||
    die "the CJK font '$CJK_FAMILY' was not found (fc-match found none, nor is it in $FONT_DIR_FALLBACK). Install fonts-noto-cjk."
  [[ -f "$FONT_BOLD" ]] || FONT_BOLD="$FONT_REGULAR"
  info "fontconfig did not find '$CJK_FAMILY'; using $FONT_REGULAR (its first face)."
fi

# --------------------------------------------------------------------------
# Look
# --------------------------------------------------------------------------
W=1280 H=720 FPS=5
BG=0xF5F7FA NAVY=0x1F3A5F ACCENT=0xE8833A INK=0x17212B SUB=0x4A5866 MUTED=0x7A8794
RULE=0xD5DCE4 HEAD_EN=0xCFDEF0 NOTE_BG=0xFFF1E3
MARGIN=60 BODY_X=92 BODY_Y=150 BODY_END=655 BODY_END_NOTE=582
ZH_SIZE=34 ZH_LH=48 EN_SIZE=25 EN_LH=34 ITEM_GAP=18
MAX_W_BODY=$((W - BODY_X - MARGIN)) MAX_W_HEAD=$((W - 2 * MARGIN)) MAX_W_TITLE=$((W - 100))
CUE_MIN=3 CUE_MAX=8

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [[ "$FONT_MODE" == file ]]; then
  ln -s "$FONT_REGULAR" "$WORK/font-regular.ttc"
  ln -s "$FONT_BOLD" "$WORK/font-bold.ttc"
fi

font_opt() { # regular|bold
  if [[ "$FONT_MODE" == fontconfig ]]; then
    if [[ "$1" == bold ]]; then printf '%s' "font=$CJK_FAMILY:fontfile=\\\\:style=Bold"; else printf '%s' "font=$CJK_FAMILY"; fi
  else
    if [[ "$1" == bold ]]; then printf 'fontfile=font-bold.ttc'; else printf 'fontfile=font-regular.ttc'; fi
  fi
}

# Rough rendered width in pixels: CJK and other non-ASCII characters one em,
# ASCII 0.5 em. Used to refuse lines that would run off the slide.
text_width() { # text size
  local t="$1" size="$2" wide ascii
  wide="${t//[ -~]/}"
  ascii=$((${#t} - ${#wide}))
  printf '%d' $(((${#wide} * 100 + ascii * 50) * size / 100))
}

TEXT_N=0
FILTERS=()
SRC='' # file being rendered, for messages
add_text() { # weight size color x y max_width text
  local weight=$1 size=$2 color=$3 x=$4 y=$5 maxw=$6 text=$7 f
  [[ "$(text_width "$text" "$size")" -le "$maxw" ]] ||
    die "$SRC: line too long for the slide, split it: $text"
  TEXT_N=$((TEXT_N + 1))
  f="t/$(printf '%04d' "$TEXT_N").txt"
  printf '%s' "$text" >"$WORK/$f"
  FILTERS+=("drawtext=$(font_opt "$weight"):textfile=$f:expansion=none:fontsize=$size:fontcolor=$color:x=$x:y=$y")
}
add_box() { FILTERS+=("drawbox=x=$1:y=$2:w=$3:h=$4:color=$5:t=fill"); }

vtt_time() { # milliseconds -> HH:MM:SS.mmm
  local ms=$1
  printf '%02d:%02d:%02d.%03d' $((ms / 3600000)) $((ms / 60000 % 60)) $((ms / 1000 % 60)) $((ms % 1000))
}
vtt_escape() { local s="${1//&/&amp;}"; s="${s//</&lt;}"; printf '%s' "${s//>/&gt;}"; }

# --------------------------------------------------------------------------
# One webinar
# --------------------------------------------------------------------------
build_webinar() {
  local dir="$1" slug
  slug="$(basename "$dir")"
  local slides=("$dir"/slides/*.txt)
  [[ -f "${slides[0]}" ]] || die "$slug: no slides/*.txt"
  local n_slides=${#slides[@]}
  info "$slug: $n_slides slides"

  rm -rf "$WORK/t" "$WORK/s"
  mkdir -p "$WORK/t" "$WORK/s"
  TEXT_N=0

  # Per-webinar results
  local -a cue_start=() cue_end=() cue_zh=() cue_en=() cue_id=()
  local -a chap_start=() chap_title=() slide_end=()
  local footer='' t_ms=0 i

  for ((i = 0; i < n_slides; i++)); do
    local file="${slides[$i]}" num=$((i + 1))
    SRC="webinars/$slug/slides/$(basename "$file")"

    # ---- parse ----
    local layout=normal chapter='' kicker='' head_zh='' head_en='' note_zh='' note_en='' state=body
    local -a body_kind=() body_text=() s_dur=() s_zh=() s_en=()
    local line key val lineno=0
    while IFS= read -r line || [[ -n "$line" ]]; do
      lineno=$((lineno + 1))
      line="${line%$'\r'}"
      line="${line#"${line%%[![:space:]]*}"}" # trim leading blanks
      [[ -z "$line" || "$line" == \#* ]] && continue
      if [[ "$line" == "- "* ]]; then
        state=body
        body_kind+=(B)
        body_text+=('')
        line="${line#- }"
        line="${line#"${line%%[![:space:]]*}"}"
      fi
      [[ "$line" == *:* ]] || die "$SRC:$lineno: expected 'key: value'"
      key="${line%%:*}"
      val="${line#*:}"
      val="${val#"${val%%[![:space:]]*}"}"
      val="${val%"${val##*[![:space:]]}"}"
      case "$key" in
        layout) layout="$val" ;;
        chapter) chapter="$val" ;;
        kicker) kicker="$val" ;;
        heading.zh) head_zh="$val" ;;
        heading.en) head_en="$val" ;;
        note.zh) note_zh="$val" ;;
        note.en) note_en="$val" ;;
        cue)
          [[ "$val" =~ ^[0-9]+$ ]] || die "$SRC:$lineno: cue duration must be whole seconds"
          ((val >= CUE_MIN && val <= CUE_MAX)) || die "$SRC:$lineno: cue duration must be $CUE_MIN to $CUE_MAX s"
          state=cue
          s_dur+=("$val") s_zh+=('') s_en+=('')
          ;;
        zh | en)
          [[ -n "$val" ]] || die "$SRC:$lineno: empty $key line"
          if [[ "$state" == cue ]]; then
            local last=$((${#s_dur[@]} - 1))
            if [[ "$key" == zh ]]; then s_zh[last]="${s_zh[last]:+${s_zh[last]}$'\n'}$val"; else s_en[last]="${s_en[last]:+${s_en[last]}$'\n'}$val"; fi
          else
            ((${#body_kind[@]} > 0)) || die "$SRC:$lineno: body text must follow a '- ' item marker"
            body_kind+=("$key")
            body_text+=("$val")
          fi
          ;;
        *) die "$SRC:$lineno: unknown key '$key'" ;;
      esac
    done <"$file"

    [[ -n "$head_zh" && -n "$head_en" ]] || die "$SRC: heading.zh and heading.en are required"
    ((${#s_dur[@]} > 0)) || die "$SRC: at least one cue is required"
    local c
    for ((c = 0; c < ${#s_dur[@]}; c++)); do
      [[ -n "${s_zh[c]}" && -n "${s_en[c]}" ]] || die "$SRC: cue $((c + 1)) needs both zh and en text"
      [[ "${s_zh[c]}${s_en[c]}" != *"-->"* ]] || die "$SRC: cue text must not contain -->"
    done
    [[ "$layout" == normal || "$layout" == title ]] || die "$SRC: layout must be normal or title"
    if [[ -n "$chapter" ]]; then
      [[ "$chapter" == *" / "* ]] || die "$SRC: chapter must read '中文标题 / English title'"
      chap_start+=("$t_ms") chap_title+=("$chapter")
    fi
    ((i > 0 || ${#chap_start[@]} == 1)) || die "$SRC: the first slide must open a chapter"
    [[ -n "$footer" ]] || footer="$head_zh  |  $head_en"

    # ---- render ----
    FILTERS=()
    local y k
    local number="$num / $n_slides"
    if [[ "$layout" == title ]]; then
      add_box 0 0 iw 8 "$ACCENT"
      [[ -z "$kicker" ]] || add_text regular 22 0xF2B179 '(w-text_w)/2' 112 "$MAX_W_TITLE" "$kicker"
      add_text bold 52 0xFFFFFF '(w-text_w)/2' 160 "$MAX_W_TITLE" "$head_zh"
      add_text regular 34 0xDCE7F3 '(w-text_w)/2' 240 "$MAX_W_TITLE" "$head_en"
      add_box $(((W - 160) / 2)) 308 160 4 "$ACCENT"
      y=338
      for ((k = 0; k < ${#body_kind[@]}; k++)); do
        case "${body_kind[k]}" in
          B) ((k == 0)) || y=$((y + 14)) ;;
          zh) add_text regular 28 0xFFFFFF '(w-text_w)/2' "$y" "$MAX_W_TITLE" "${body_text[k]}"; y=$((y + 42)) ;;
          en) add_text regular 22 0xC9D7E6 '(w-text_w)/2' "$y" "$MAX_W_TITLE" "${body_text[k]}"; y=$((y + 34)) ;;
        esac
      done
      ((y <= 550)) || die "$SRC: too much text for the title slide"
      if [[ -n "$note_zh$note_en" ]]; then
        add_box 190 560 900 84 0x2B4C75
        add_box 190 560 6 84 "$ACCENT"
        [[ -z "$note_zh" ]] || add_text regular 22 0xFFFFFF '(w-text_w)/2' 572 880 "$note_zh"
        [[ -z "$note_en" ]] || add_text regular 19 0xDCE7F3 '(w-text_w)/2' 607 880 "$note_en"
      fi
      add_text regular 18 0x9FB3C8 "w-text_w-$MARGIN" 680 300 "$number"
      local bg="$NAVY"
    else
      add_box 0 0 iw 118 "$NAVY"
      add_box 0 118 iw 6 "$ACCENT"
      add_text bold 38 0xFFFFFF "$MARGIN" 16 "$MAX_W_HEAD" "$head_zh"
      add_text regular 25 "$HEAD_EN" "$MARGIN" 72 "$MAX_W_HEAD" "$head_en"
      y=$BODY_Y
      local first_line=0
      for ((k = 0; k < ${#body_kind[@]}; k++)); do
        case "${body_kind[k]}" in
          B) ((k == 0)) || y=$((y + ITEM_GAP)); first_line=1 ;;
          zh | en)
            local size=$ZH_SIZE lh=$ZH_LH color=$INK
            [[ "${body_kind[k]}" == zh ]] || { size=$EN_SIZE lh=$EN_LH color=$SUB; }
            ((first_line == 0)) || add_box $((MARGIN + 4)) $((y + size / 2 - 3)) 12 12 "$ACCENT"
            first_line=0
            add_text regular "$size" "$color" "$BODY_X" "$y" "$MAX_W_BODY" "${body_text[k]}"
            y=$((y + lh))
            ;;
        esac
      done
      local limit=$BODY_END
      [[ -z "$note_zh$note_en" ]] || limit=$BODY_END_NOTE
      ((y <= limit)) || die "$SRC: too much text for one slide (body ends at y=$y, limit $limit)"
      if [[ -n "$note_zh$note_en" ]]; then
        add_box "$MARGIN" 594 $((W - 2 * MARGIN)) 62 "$NOTE_BG"
        add_box "$MARGIN" 594 6 62 "$ACCENT"
        [[ -z "$note_zh" ]] || add_text regular 21 "$INK" $((MARGIN + 22)) 600 "$MAX_W_BODY" "$note_zh"
        [[ -z "$note_en" ]] || add_text regular 18 "$SUB" $((MARGIN + 22)) 629 "$MAX_W_BODY" "$note_en"
      fi
      add_box "$MARGIN" 668 $((W - 2 * MARGIN)) 1 "$RULE"
      add_text regular 17 "$MUTED" "$MARGIN" 681 1000 "$footer"
      add_text bold 19 "$NAVY" "w-text_w-$MARGIN" 679 200 "$number"
      local bg="$BG"
    fi
    { printf '%s' "${FILTERS[0]}"; printf ',\n%s' "${FILTERS[@]:1}"; printf '\n'; } >"$WORK/s/$num.filter"
    local png
    png="s/$(printf '%02d' "$num").png"
    (cd "$WORK" && ffmpeg -nostdin -hide_banner -loglevel error -y \
      -f lavfi -i "color=c=$bg:s=${W}x${H}:r=1" -filter_script:v "s/$num.filter" \
      -frames:v 1 -update 1 -fflags +bitexact -flags:v +bitexact "$png") ||
      die "$SRC: rendering failed"

    # ---- timing ----
    for ((c = 0; c < ${#s_dur[@]}; c++)); do
      cue_id+=("$num.$((c + 1))")
      cue_start+=("$t_ms")
      t_ms=$((t_ms + s_dur[c] * 1000))
      cue_end+=("$t_ms")
      cue_zh+=("${s_zh[c]}")
      cue_en+=("${s_en[c]}")
    done
    slide_end+=("$t_ms")
  done

  # ---- video ----
  local -a inputs=()
  local concat_in='' start=0
  for ((i = 0; i < n_slides; i++)); do
    local dur_ms=$((slide_end[i] - start))
    start=${slide_end[i]}
    inputs+=(-loop 1 -framerate "$FPS" -t "$((dur_ms / 1000)).$(printf '%03d' $((dur_ms % 1000)))" -i "s/$(printf '%02d' $((i + 1))).png")
    concat_in+="[$i:v]"
  done
  local total_s="$((t_ms / 1000)).$(printf '%03d' $((t_ms % 1000)))"
  info "$slug: encoding ${total_s}s of video"
  (cd "$WORK" && ffmpeg -nostdin -hide_banner -loglevel error -y \
    "${inputs[@]}" \
    -f lavfi -t "$total_s" -i "anullsrc=r=48000:cl=mono" \
    -filter_complex "${concat_in}concat=n=$n_slides:v=1:a=0,format=yuv420p[v]" \
    -map '[v]' -map "$n_slides:a" -map_metadata -1 \
    -c:v libvpx-vp9 -b:v 0 -crf 34 -deadline good -cpu-used 2 -row-mt 1 -g 50 -r "$FPS" \
    -c:a libopus -b:a 16k -ac 1 \
    -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    video.webm) || die "$slug: video encoding failed"
  mv "$WORK/video.webm" "$dir/video.webm"

  # ---- poster ----
  (cd "$WORK" && ffmpeg -nostdin -hide_banner -loglevel error -y -i s/01.png \
    -vf "scale=960:540:flags=lanczos" -q:v 4 -fflags +bitexact -flags:v +bitexact poster.jpg) ||
    die "$slug: poster failed"
  mv "$WORK/poster.jpg" "$dir/poster.jpg"

  # ---- captions and chapters ----
  local lang out
  for lang in zh en; do
    out="$dir/captions.$lang.vtt"
    {
      printf 'WEBVTT\n\nNOTE\nGenerated by scripts/make-webinar-media.sh from the slides/ folder.\nEdit the slides and rerun the script; do not edit this file.\n\n'
      for ((c = 0; c < ${#cue_id[@]}; c++)); do
        local text
        if [[ "$lang" == zh ]]; then text="${cue_zh[c]}"; else text="${cue_en[c]}"; fi
        printf '%s\n%s --> %s\n%s\n\n' "${cue_id[c]}" "$(vtt_time "${cue_start[c]}")" "$(vtt_time "${cue_end[c]}")" "$(vtt_escape "$text")"
      done
    } >"$out"
  done
  {
    printf 'WEBVTT\n\nNOTE\nGenerated by scripts/make-webinar-media.sh from the slides/ folder.\n\n'
    for ((c = 0; c < ${#chap_start[@]}; c++)); do
      local end=$t_ms
      ((c + 1 == ${#chap_start[@]})) || end=${chap_start[c + 1]}
      printf 'chapter-%d\n%s --> %s\n%s\n\n' "$((c + 1))" "$(vtt_time "${chap_start[c]}")" "$(vtt_time "$end")" "$(vtt_escape "${chap_title[c]}")"
    done
  } >"$dir/chapters.vtt"

  # ---- checks and webinar.yaml ----
  local codec duration size poster_size
  codec="$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name -of default=nw=1:nk=1 "$dir/video.webm")"
  duration="$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$dir/video.webm")"
  duration="$(printf '%s' "$duration" | sed -E 's/(\.[0-9]*[1-9])0+$/\1/; s/\.0+$//')"
  size=$(wc -c <"$dir/video.webm")
  poster_size=$(wc -c <"$dir/poster.jpg")
  [[ "$codec" == vp9 ]] || die "$slug: video codec is $codec, expected vp9"
  ((size < 5 * 1024 * 1024)) || die "$slug: video.webm is $size bytes, over 5 MB"
  ((poster_size < 100 * 1024)) || die "$slug: poster.jpg is $poster_size bytes, over 100 KB"
  awk -v d="$duration" -v e="$t_ms" 'BEGIN { exit !(e / 1000 <= d + 0) }' ||
    die "$slug: captions end at ${t_ms} ms, after the video's end ($duration s)"

  local yaml="$dir/webinar.yaml"
  if [[ -f "$yaml" ]]; then
    sed -i -E "s/^(durationSeconds:[[:space:]]*)[0-9.]+/\1$duration/" "$yaml"
    for ((i = 0; i < n_slides; i++)); do
      local nn end_s
      nn="$(printf '%02d' $((i + 1)))"
      end_s="$((slide_end[i] / 1000))"
      ((slide_end[i] % 1000 == 0)) || end_s="$end_s.$(printf '%03d' $((slide_end[i] % 1000)))"
      sed -i -E "s/^([[:space:]]*-?[[:space:]]*at:[[:space:]]*)[0-9.]+([[:space:]]*# end of slide $nn[[:space:]]*)$/\1$end_s\2/" "$yaml"
    done
    local at_line marker bad='' unmarked=0
    while IFS= read -r at_line; do
      [[ "$at_line" =~ ^[[:space:]]*-?[[:space:]]*at: ]] || continue
      if [[ "$at_line" =~ \#\ end\ of\ slide\ ([0-9]{2})[[:space:]]*$ ]]; then
        marker="${BASH_REMATCH[1]}"
        ((10#$marker >= 1 && 10#$marker <= n_slides)) || bad+=" $marker"
      else
        unmarked=$((unmarked + 1))
      fi
    done <"$yaml"
    [[ -z "$bad" ]] || die "$slug: webinar.yaml has checkpoints after slides that do not exist:$bad"
    ((unmarked == 0)) ||
      info "$slug: warning: $unmarked checkpoint(s) in webinar.yaml lack an '# end of slide NN' marker; their times were not updated"
  else
    info "$slug: no webinar.yaml; skipped updating durationSeconds and checkpoint times"
  fi
  info "$slug: video.webm ${size} bytes, ${duration} s, ${#cue_id[@]} caption cues, ${#chap_start[@]} chapters; poster.jpg ${poster_size} bytes"
}

# --------------------------------------------------------------------------
targets=()
if (($# > 0)); then
  for slug in "$@"; do
    [[ -d "$WEBINARS/$slug/slides" ]] || die "no such webinar: webinars/$slug/slides"
    targets+=("$WEBINARS/$slug")
  done
else
  for d in "$WEBINARS"/*/; do
    [[ -d "$d/slides" ]] && targets+=("${d%/}")
  done
fi
((${#targets[@]} > 0)) || die "no webinars/<slug>/slides folders found"
for d in "${targets[@]}"; do build_webinar "$d"; done
info "done"
