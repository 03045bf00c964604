// Short messages for requests the server refuses before the app sees them,
// in the language of the URL's first segment (Chinese by default).
const MESSAGES = {
  crossOrigin: { zh: "该请求来自其他网站，已被拒绝。", en: "This request came from another website and has been refused." },
  tooLarge: { zh: "提交的内容过大，已被拒绝。", en: "The submitted content is too large and has been refused." },
  badRequest: { zh: "请求格式有误，无法处理。", en: "The request is malformed and cannot be processed." },
};

/** @param {{ path: string }} req @param {keyof typeof MESSAGES} kind */
export function localizedRefusal(req, kind) {
  const language = req.path.startsWith("/en") ? "en" : "zh";
  return MESSAGES[kind][language];
}
