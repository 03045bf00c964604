import type { common as en } from "../en/common";
import type { TranslationOf } from "../translation-of";

export const common: TranslationOf<typeof en> = {
  siteName: "产品安全培训",
  siteDescription: "美国消费品安全要求的中英双语学习平台：自学课程、中国各城市的现场培训、网络研讨会录像，以及可公开核验的证书。",
  siteShortName: "产品安全",
  pageTitle: "{{page}} · 产品安全培训",
  skipToContent: "跳到主要内容",
  nav: {
    label: "主导航",
    home: "首页",
    courses: "在线课程",
    trainings: "线下培训",
    webinars: "网络研讨会",
    resources: "资料库",
    bulletins: "通报",
    learning: "我的学习",
    verify: "证书查验",
    trainer: "培训师专区",
    menu: "菜单",
  },
  language: {
    switchLabel: "English",
    switchTitle: "Read this page in English",
    zh: "中文",
    en: "English",
  },
  account: {
    login: "登录",
    join: "注册",
    logout: "退出登录",
    profile: "个人资料",
  },
  roles: { learner: "学员", trainer: "培训师", admin: "管理员" },
  jobRoles: {
    buyer: "采购商",
    sourcing: "采购专业人员",
    manufacturer: "生产企业",
    exporter: "出口商",
    trainer: "培训师",
    other: "其他",
  },
  footer: {
    about: "面向中国生产企业、出口商、采购商和采购专业人员的免费美国消费品安全要求培训。",
    notice: "本站内容为培训资料，不构成法律意见；一切以美国法律法规的正式文本为准。",
    rights: "消费品安全培训平台",
    links: "更多",
    glossary: "中英文术语表",
  },
  sources: {
    heading: "资料来源",
    reviewed: "最近审核：{{date}}",
    intro: "本页依据的官方文本。链接将打开发布机构自己的网站（eCFR、《联邦公报》、CPSC）。",
  },
  optional: "选填",
};
