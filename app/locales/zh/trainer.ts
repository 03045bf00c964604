import type { trainer as en } from "../en/trainer";
import type { TranslationOf } from "../translation-of";

export const trainer: TranslationOf<typeof en> = {
  overview: {
    title: "培训师专区",
    lead: "平台账号按类型统计。培训场次管理、名单和报表将陆续在此提供。",
    accounts: "账号",
    recentSignups: "最新注册的账号",
    joined: "注册时间",
    none: "暂无账号。",
  },
};
