import type { trainer as en } from "../en/trainer";
import type { TranslationOf } from "../translation-of";

export const trainer: TranslationOf<typeof en> = {
  nav: {
    label: "培训师专区",
    overview: "概览",
    sessions: "培训场次",
    people: "学员",
    reports: "报表",
    bulletins: "月度通报",
    translations: "翻译",
    certificates: "证书",
    audit: "操作日志",
    outbox: "发件箱",
  },
  overview: {
    title: "培训师专区",
    lead: "查看您即将举办的培训及报名情况、最近的完成记录，以及平台上的账号。",
    leadAdmin: "查看所有培训师即将举办的培训及报名情况、最近的完成记录，以及平台上的账号。",
    sessions: "您即将举办的培训",
    sessionsAll: "即将举办的培训（全部培训师）",
    noSessions: "目前没有分配给您的待举办培训。",
    session: "培训",
    registrations: "报名情况",
    registrationCounts: "已确认 {{confirmed}}/{{capacity}} 人 · 候补 {{waitlisted}} 人",
    accounts: "账号",
    recentSignups: "最新注册的账号",
    joined: "注册时间",
    none: "暂无账号。",
  },
  completions: {
    heading: "最近完成",
    scope: "平台上已完成的课程和网络研讨会，以及您负责的培训的出勤记录。",
    scopeAdmin: "已完成的课程和网络研讨会，以及所有培训的出勤记录。",
    none: "暂无完成记录。",
    when: "时间（北京时间）",
    kind: "类型",
    title: "课程、研讨会或培训",
  },
};
