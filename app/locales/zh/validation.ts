import type { validation as en } from "../en/validation";
import type { TranslationOf } from "../translation-of";

export const validation: TranslationOf<typeof en> = {
  formHasErrors: "请修改下方标出的内容。",
  required: "此项为必填。",
  email: "请输入有效的邮箱地址，例如 name@company.com。",
  emailTaken: "该邮箱已注册账号，是否直接登录？",
  passwordTooShort: "密码至少需要 10 个字符。",
  passwordTooLong: "密码不能超过 200 个字符。",
  tooLong: "内容过长（最多 {{max}} 个字符）。",
  phone: "请输入中国大陆手机号（以 1 开头的 11 位数字），或以 + 开头的国际号码。",
  interestsRequired: "请至少选择一个产品类别。",
  consentRequired: "报名须同意处理您的个人信息。",
  invalidChoice: "请从选项中选择一项。",
  certificateNumber: "证书编号由 12 位字母和数字组成，例如 7KQM-3H9X-TD2P。",
};
