import type { webinars as en } from "../en/webinars";
import type { TranslationOf } from "../translation-of";

export const webinars: TranslationOf<typeof en> = {
  list: {
    title: "网络研讨会",
    lead: "带中英文字幕的网络研讨会录像。观看视频、回答视频中的问题、通过结业测验，即可获得证书。",
    empty: "暂无可观看的网络研讨会。",
    duration: "{{minutes}} 分钟",
    recorded: "录制于 {{date}}",
    watched: "已观看 {{percent}}%",
    completed: "已完成",
  },
  player: {
    speakers: "制作：{{list}}",
    progress: "您已观看本视频的 {{percent}}%。观看达到 {{required}}% 后即可参加结业测验。",
    progressUnlocked: "您已观看本视频的 {{percent}}%，结业测验已开放。",
    signInToTrack: "登录后即可记录观看进度、回答视频中的问题并参加结业测验。",
    resume: "已从上次停止的位置继续播放。",
    checkpointTitle: "视频中的问题",
    checkpointSubmit: "提交答案",
    checkpointChoose: "请先选择一个答案。",
    checkpointRight: "回答正确。",
    checkpointWrong: "回答不正确。",
    continue: "继续观看",
    finalQuiz: "结业测验",
    takeQuiz: "参加结业测验",
    quizLocked: "观看达到视频的 {{required}}% 后，结业测验才会开放。",
    completed: "您已于 {{date}} 完成本期网络研讨会。",
    captionsZh: "中文",
    captionsEn: "English",
    captionsBilingual: "中英双语",
    chapters: "章节",
  },
  quiz: {
    title: "结业测验：{{title}}",
    locked: "请先观看视频的 {{required}}% 以上（目前已观看 {{percent}}%）。",
    completed: "您已完成网络研讨会“{{title}}”。",
    backToVideo: "返回视频",
    answersHidden: "以下是您提交的答案。通过测验后才会显示正确答案及解析：请重看视频的相关部分，然后再试一次。",
  },
};
