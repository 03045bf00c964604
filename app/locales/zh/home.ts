import type { home as en } from "../en/home";
import type { TranslationOf } from "../translation-of";

export const home: TranslationOf<typeof en> = {
  title: "首页",
  hero: {
    eyebrow: "美国消费品安全要求 · 中英双语",
    title: "生产和采购符合美国安全要求的产品",
    lead: "面向生产企业、出口商、采购商和采购专业人员，提供自学在线课程、国内多个城市的线下培训、网络研讨会回放，以及任何人都能查验真伪的培训证书。",
    primary: "浏览课程",
    secondary: "查找线下培训",
  },
  sections: {
    title: "平台功能",
    courses: {
      title: "在线自学课程",
      body: "按单元学习美国对玩具、童装和电器产品的要求，每个单元都配有测验。",
    },
    trainings: {
      title: "线下培训",
      body: "报名参加宁波、广州等城市的线下培训，入场凭证通过电子邮件发送。",
    },
    webinars: {
      title: "网络研讨会回放",
      body: "观看带中英文字幕的研讨会录像，边看边答题。",
    },
    verify: {
      title: "证书查验",
      body: "几秒钟即可核实供应商的培训证书是否真实。",
    },
  },
  about: {
    title: "关于本项目",
    body: "自 2004 年起，美国产品安全监管机构通过培训、网络研讨会和中文资料，与中国的生产企业、出口商和采购商就输美产品的安全要求开展合作。部分培训与澳大利亚竞争与消费者委员会（ACCC）等合作伙伴联合举办，例如在宁波和广州面向采购商和采购专业人员举办的培训。",
  },
};
