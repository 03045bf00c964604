import type { errors as en } from "../en/errors";
import type { TranslationOf } from "../translation-of";

export const errors: TranslationOf<typeof en> = {
  notFound: {
    title: "页面不存在",
    body: "找不到您要访问的页面，可能已经移动，或地址输入有误。",
  },
  forbidden: {
    title: "无权访问",
    body: "您的账号没有打开此页面的权限。",
  },
  badRequest: {
    title: "请求无法处理",
    body: "无法处理该请求，请返回后重试。",
  },
  serverError: {
    title: "出错了",
    body: "服务器发生意外错误，请稍后再试。",
  },
  backHome: "返回首页",
  routes: {
    moduleNotFound: "该课程没有这个地址对应的单元。请打开课程页面，从中选择单元。",
    webinarNotFound: "这个地址没有对应的录播讲座。讲座列表列出了所有可以观看的讲座。",
    trainingNotFound: "这个地址没有对应的培训场次。培训列表列出了所有开放报名的场次。",
    trainerForbidden: "此后台页面仅供培训讲师使用，部分页面仅限管理员。请使用相应账号登录后再打开。",
  },
};
