import type { glossary as en } from "../en/glossary";
import type { TranslationOf } from "../translation-of";

export const glossary: TranslationOf<typeof en> = {
  title: "术语表",
  lead: "美国消费品安全领域的中英文术语，与本站课程、网络研讨会和资料库的用法一致。可以用中文或英文搜索。",
  searchLabel: "搜索术语表",
  query: "术语",
  queryHint: "例如：追溯标签、tracking label、CPC",
  apply: "搜索",
  clear: "清除搜索",
  count: "共 {{count}} 个术语",
  countFor: "“{{q}}”的搜索结果：{{count}} 个术语",
  empty: "没有找到匹配的术语。请缩短关键词，或改用另一种语言搜索。",
  avoid: "本站中文不使用的译法：",
};
