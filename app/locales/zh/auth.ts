import type { auth as en } from "../en/auth";
import type { TranslationOf } from "../translation-of";

export const auth: TranslationOf<typeof en> = {
  fields: {
    name: "姓名",
    nameHint: "请按证书上应显示的姓名填写，中文或拉丁字母（如拼音）均可。",
    email: "电子邮箱",
    password: "密码",
    passwordHint: "至少 10 个字符。",
    company: "公司名称",
    jobRole: "岗位",
    phone: "电话",
    phoneHint: "中国大陆手机号（如 138 0013 8000），或带国家代码的国际号码（如 +1 202 555 0100）。",
    preferredLanguage: "常用语言",
  },
  join: {
    title: "注册账号",
    lead: "一个账号即可参加在线课程、网络研讨会、线下培训并获取证书。",
    submit: "注册",
    haveAccount: "已有账号？",
  },
  login: {
    title: "登录",
    lead: "欢迎回来，继续上次的学习。",
    submit: "登录",
    noAccount: "还没有账号？",
    failed: "邮箱或密码不正确。",
    tooManyAttempts: "失败次数过多，请 {{minutes}} 分钟后再试。",
  },
  profile: {
    title: "个人资料",
    lead: "证书上的姓名将与此处填写的完全一致。",
    submit: "保存修改",
    saved: "个人资料已保存。",
    role: "账号类型",
  },
  logout: {
    done: "您已退出登录。",
  },
};
