import type { resources as en } from "../en/resources";
import type { TranslationOf } from "../translation-of";

export const resources: TranslationOf<typeof en> = {
  catalog: {
    title: "资料库",
    lead: "关于美国要求的法规摘要、指南和检查清单，中英文对照。可以用中文或英文搜索。",
    searchLabel: "搜索资料库",
    query: "关键词",
    queryHint: "例如：追溯标签、tracking label、16 CFR 1501",
    category: "产品类别",
    kind: "类型",
    any: "全部",
    apply: "搜索",
    clear: "清除搜索",
    count: "共 {{count}} 份资料",
    countFor: "“{{q}}”的搜索结果：{{count}} 份资料",
    empty: "没有找到匹配的资料。请减少或更换关键词，或改用另一种语言搜索。",
  },
  kinds: { regulation: "法规摘要", guidance: "指南", checklist: "检查清单" },
  page: {
    back: "全部资料",
    related: "相关培训",
    relatedCourses: "课程",
    relatedWebinars: "网络研讨会",
    noRelated: "暂无相关课程或网络研讨会。",
  },
};
