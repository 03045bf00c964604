// Who the demo learners are: names in Chinese or English, companies and job
// roles like those of the people the platform serves.

export type LearnerProfile = { name: string; company: string; jobRole: string; preferredLanguage: "zh" | "en" };

const PEOPLE: LearnerProfile[] = [
  { name: "张伟", company: "宁波星辰玩具有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "李娜", company: "广州锦绣童装有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Emily Carter", company: "Bright Kids Imports LLC", jobRole: "buyer", preferredLanguage: "en" },
  { name: "王芳", company: "深圳安电科技有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "刘洋", company: "义乌小商品进出口有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "陈静", company: "东莞乐童塑胶制品厂", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Michael Nguyen", company: "Harbor Sourcing Partners", jobRole: "sourcing", preferredLanguage: "en" },
  { name: "杨磊", company: "汕头澄海金鹰玩具厂", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "赵敏", company: "杭州优品采购服务有限公司", jobRole: "sourcing", preferredLanguage: "zh" },
  { name: "黄晓东", company: "佛山明光电器有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Sarah Johnson", company: "Little Steps Retail Inc.", jobRole: "buyer", preferredLanguage: "en" },
  { name: "周婷", company: "苏州织梦纺织品有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "吴强", company: "宁波海曙进出口有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "徐丽华", company: "厦门贝贝乐婴童用品有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "David Kim", company: "Pacific Trade Compliance", jobRole: "sourcing", preferredLanguage: "en" },
  { name: "孙浩", company: "中山灯饰电器有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "马雪", company: "青岛海丰服饰有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "朱俊杰", company: "温州安心插座有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Laura Martínez", company: "Sunny Day Toys Co.", jobRole: "buyer", preferredLanguage: "en" },
  { name: "胡晓燕", company: "上海环球采购咨询有限公司", jobRole: "sourcing", preferredLanguage: "zh" },
  { name: "郭鹏", company: "泉州童趣服饰有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "林雅琪", company: "广州跨境优选电子商务有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "James O'Connor", company: "Evergreen Home Goods", jobRole: "buyer", preferredLanguage: "en" },
  { name: "何俊", company: "慈溪电器配件厂", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "高洁", company: "宁波质检咨询服务有限公司", jobRole: "other", preferredLanguage: "zh" },
  { name: "罗志明", company: "揭阳益智玩具有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Priya Sharma", company: "Global Kids Sourcing Ltd.", jobRole: "sourcing", preferredLanguage: "en" },
  { name: "梁晨", company: "深圳快充电源有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "宋佳", company: "绍兴柯桥布艺有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Thomas Becker", company: "Nordic Play Imports", jobRole: "buyer", preferredLanguage: "en" },
  { name: "郑凯", company: "金华木制玩具有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "谢雨欣", company: "广州天河采购代理有限公司", jobRole: "sourcing", preferredLanguage: "zh" },
  { name: "韩冰", company: "天津滨海进出口贸易有限公司", jobRole: "exporter", preferredLanguage: "zh" },
  { name: "Olivia Brown", company: "Maple Lane Children's Wear", jobRole: "buyer", preferredLanguage: "en" },
  { name: "唐磊", company: "余姚小家电有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "冯晓红", company: "常熟童装辅料厂", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "Daniel Wong", company: "Kowloon Bay Trading Ltd.", jobRole: "exporter", preferredLanguage: "en" },
  { name: "曹颖", company: "宁波北仑文具玩具有限公司", jobRole: "manufacturer", preferredLanguage: "zh" },
  { name: "彭飞", company: "长沙安全认证咨询有限公司", jobRole: "other", preferredLanguage: "zh" },
  { name: "Anna Schmidt", company: "EuroAm Sourcing GmbH", jobRole: "sourcing", preferredLanguage: "en" },
];

export const LEARNER_COUNT = PEOPLE.length;

/** learner01@example.com … learner40@example.com */
export function learnerEmail(number: number): string {
  return `learner${String(number).padStart(2, "0")}@example.com`;
}

export function learnerProfile(number: number): LearnerProfile {
  return PEOPLE[number - 1]!;
}
