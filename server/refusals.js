// Short messages for requests the server refuses before the app sees them,
// in the language of the URL's first segment (Chinese by default).
const MESSAGES = {
  crossOrigin: { zh: "该请求来自其他网站，已被拒绝。", en: "This request came from another website and has been refused." },
  tooLarge: { zh: "提交的内容过大，已被拒绝。", en: "The submitted content is too large and has been refused." },
  tooManyFields: { zh: "提交的表单字段过多，已被拒绝。", en: "The form has too many fields and has been refused." },
  uriTooLong: { zh: "网址过长，无法处理。", en: "The address is too long and cannot be processed." },
  notFound: { zh: "找不到该页面。", en: "This page does not exist." },
  badRequest: { zh: "请求格式有误，无法处理。", en: "The request is malformed and cannot be processed." },
  serverError: { zh: "服务器出错了，请稍后再试。", en: "Something went wrong on our side. Please try again later." },
};

/**
 * @param {{ url?: string, originalUrl?: string }} req an Express request or a plain node:http one
 * @param {keyof typeof MESSAGES} kind
 */
export function localizedRefusal(req, kind) {
  const language = /^\/en(?:[/?#]|$)/.test(req.originalUrl ?? req.url ?? "") ? "en" : "zh";
  return MESSAGES[kind][language];
}
