import type { live as en } from "../en/live";
import type { TranslationOf } from "../translation-of";

export const live: TranslationOf<typeof en> = {
  status: {
    scheduled: "即将开始",
    live: "直播中",
    ended: "已结束",
    cancelled: "已取消",
  },
  list: {
    title: "即将开始的直播",
    recorded: "研讨会录像",
  },
  times: {
    beijing: "北京时间 {{date}} {{time}}",
    yours: "您所在时区：{{date}} {{time}}（{{zone}}）",
  },
  countdown: {
    startsIn: "距开始还有 {{clock}}",
    startsInDays: "距开始还有 {{days}} 天 {{clock}}",
    due: "即将开始",
  },
  detail: {
    back: "全部网络研讨会",
    speakers: "主讲人：{{list}}",
    registrationRequired: "仅限报名者观看",
    open: "所有人均可观看；报名后可收到提醒",
    places: "剩余名额 {{left}} / {{capacity}}",
    about: "研讨会简介",
  },
  register: {
    title: "报名",
    lead: "我们会通过邮件发送日历文件和您的专属参会链接，并在开始前 24 小时和 15 分钟提醒您。",
    submit: "报名",
    signIn: "登录后报名",
    cancel: "取消报名",
    registeredAs: "您已以 {{name}} 的身份报名。专属参会链接在确认邮件中。",
    refused: {
      notFound: "该研讨会已不存在。",
      alreadyRegistered: "您已经报过名了。",
      full: "名额已满。",
      ended: "该研讨会已经结束。",
      cancelled: "该研讨会已取消。",
    },
  },
  mail: {
    greeting: "{{name}}，您好：",
    when: "时间：{{date}} {{time}}（{{zone}}）",
    join: "请通过您的专属链接参加：",
    personal: "此链接仅供您本人使用，请勿转发。",
    signature: "产品安全培训",
    registered: {
      subject: "报名成功：{{title}}",
      body: "您已成功报名直播研讨会“{{title}}”。附件中的日历文件可将其加入您的日历。",
    },
    reminder24h: {
      subject: "明天开始：{{title}}",
      body: "直播研讨会“{{title}}”将在 24 小时后开始。",
    },
    reminder15min: {
      subject: "15 分钟后开始：{{title}}",
      body: "直播研讨会“{{title}}”将在 15 分钟后开始。",
    },
  },
  form: {
    lead: "安排一场直播研讨会。主讲人用 OBS 或任何 RTMP 推流软件推流，观众在浏览器中观看。",
    create: "安排研讨会",
    timesHint: "时间均为北京时间（中国标准时间，UTC+8）。",
    speakersHint: "每行一位主讲人，并注明所在机构。",
    capacityHint: "不限人数请留空。",
    fields: {
      titleZh: "标题（中文）",
      titleEn: "标题（英文）",
      descriptionZh: "简介（中文）",
      descriptionEn: "简介（英文）",
      speakers: "主讲人",
      category: "类别",
      startsAt: "开始时间（北京时间）",
      endsAt: "计划结束时间（北京时间）",
      registrationRequired: "仅限报名者观看",
      capacity: "名额",
    },
  },
  trainer: {
    title: "直播研讨会",
    lead: "您主持的直播研讨会：推流密钥、报名情况和状态。",
    new: "安排直播研讨会",
    empty: "您还没有主持的直播研讨会。",
    created: "直播研讨会已安排好，报名已开放，提醒已排期。",
    registeredCount: "已报名：{{count}} 人",
    publicPage: "打开公开页面",
    columns: { title: "标题", starts: "开始时间（北京时间）", status: "状态", registered: "已报名" },
    streaming: {
      title: "用 OBS 推流",
      lead: "在 OBS 中打开“设置 → 直播”，服务选择“自定义…”，填入下面的服务器和推流密钥。准备好后点击“开始直播”：观众端会自动切换为直播画面，停止推流即结束直播。",
      server: "服务器",
      key: "推流密钥",
      keySecret: "请妥善保管推流密钥：任何拿到密钥的人都能以本研讨会的名义直播。",
    },
  },
};
