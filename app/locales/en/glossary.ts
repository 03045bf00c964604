export const glossary = {
  title: "Glossary",
  lead: "The terms of U.S. consumer product safety in English and Chinese, as the courses, webinars and resources use them. Search in either language.",
  searchLabel: "Search the glossary",
  query: "Term",
  queryHint: "For example: tracking label, 追溯标签, CPC",
  apply: "Search",
  clear: "Clear search",
  count: "Terms shown: {{count}}",
  countFor: "Terms matching \"{{q}}\": {{count}}",
  empty: "No term matches. Try a shorter word, or search in the other language.",
  avoid: "Chinese variants our text does not use:",
};
