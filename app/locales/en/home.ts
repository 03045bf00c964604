export const home = {
  title: "Home",
  hero: {
    eyebrow: "U.S. consumer product safety, in Chinese and English",
    title: "Make and buy products that meet U.S. safety requirements",
    lead: "Self-paced courses, in-person trainings in Chinese cities, recorded webinars and certificates that anyone can verify — for manufacturers, exporters, buyers and sourcing professionals.",
    primary: "Browse courses",
    secondary: "Find an in-person training",
  },
  sections: {
    title: "What the platform offers",
    courses: {
      title: "Self-paced courses",
      body: "U.S. requirements for toys, children's apparel and electrical products, module by module, with quizzes.",
    },
    trainings: {
      title: "In-person trainings",
      body: "Register for sessions in cities such as Ningbo and Guangzhou and get your ticket by email.",
    },
    webinars: {
      title: "Recorded webinars",
      body: "Watch past webinars with Chinese and English captions and answer questions as you go.",
    },
    verify: {
      title: "Verify a certificate",
      body: "Check in seconds that a supplier's training certificate is genuine.",
    },
  },
  about: {
    title: "About the program",
    body: "Since 2004, U.S. product safety regulators have worked with manufacturers, exporters and buyers in China on the requirements for products sold in the United States, through training, webinars and Chinese-language materials. Trainings have been held with partners such as the Australian Competition and Consumer Commission (ACCC), for example for buyers and sourcing professionals in Ningbo and Guangzhou.",
  },
};
