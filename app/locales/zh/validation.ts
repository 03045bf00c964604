import type { validation as en } from "../en/validation";
import type { TranslationOf } from "../translation-of";

export const validation: TranslationOf<typeof en> = {
  formHasErrors: "请修改下方标出的内容。",
  required: "此项为必填。",
  email: "请输入有效的邮箱地址，例如 name@company.com。",
  passwordTooShort: "密码至少需要 10 个字符。",
  passwordTooLong: "密码不能超过 200 个字符。",
  tooLong: "内容过长（最多 {{max}} 个字符）。",
  hiddenCharacters: "请删除其中的不可见控制字符（例如会颠倒文字阅读方向的字符）。重新输入一遍通常即可。",
  phone: "请输入中国大陆手机号（以 1 开头的 11 位数字），或以 + 开头的国际号码。",
  interestsRequired: "请至少选择一个产品类别。",
  consentRequired: "报名须同意处理您的个人信息。",
  invalidChoice: "请从选项中选择一项。",
  certificateNumber: "证书编号由 12 位字母和数字组成，例如 7KQM-3H9X-TD2P。",
  wholeNumber: "请输入整数，例如 40。",
  capacityMin: "名额至少为 1 个。",
  capacityMax: "名额过多，最多 100,000 个。",
  capacityBelowConfirmed: "已有 {{count}} 人确认报名，名额不能少于此数。",
  dateTime: "请输入日期和时间，例如 2027-03-14 09:30。",
  date: "请输入日期，例如 2027-03-14。",
  endBeforeStart: "结束时间必须晚于开始时间。",
  deadlineAfterStart: "报名截止时间必须早于开始时间。",
  languagesRequired: "请至少选择一种授课语言。",
  wrongPassword: "当前密码不正确。",
  sameEmail: "这已经是您当前的邮箱地址。",
  ownAdminRole: "您不能取消自己的管理员角色，请联系其他管理员。",
};
