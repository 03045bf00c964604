import type { trainer as en } from "../en/trainer";
import type { TranslationOf } from "../translation-of";

export const trainer: TranslationOf<typeof en> = {
  overview: {
    title: "培训师专区",
    lead: "查看您负责的培训的报名名单和签到情况，以及平台上的账号。",
    sessions: "您负责的线下培训",
    noSessions: "目前还没有分配给您的培训。",
    session: "培训",
    registrations: "报名情况",
    registrationCounts: "已确认 {{confirmed}}/{{capacity}} 人 · 候补 {{waitlisted}} 人",
    accounts: "账号",
    recentSignups: "最新注册的账号",
    joined: "注册时间",
    none: "暂无账号。",
  },
};
