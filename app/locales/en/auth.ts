export const auth = {
  fields: {
    name: "Full name",
    nameHint: "As it should appear on certificates, in Chinese or Latin script.",
    email: "Email",
    password: "Password",
    passwordHint: "At least 10 characters.",
    company: "Company",
    jobRole: "Job role",
    phone: "Phone",
    phoneHint: "Mainland mobile (e.g. 138 0013 8000) or international with country code (e.g. +1 202 555 0100).",
    preferredLanguage: "Preferred language",
  },
  join: {
    title: "Create your account",
    lead: "One account for courses, webinars, in-person trainings and certificates.",
    submit: "Create account",
    haveAccount: "Already have an account?",
  },
  login: {
    title: "Log in",
    lead: "Welcome back. Continue where you left off.",
    submit: "Log in",
    noAccount: "New here?",
    failed: "The email or password is not correct.",
    tooManyAttempts: "Too many failed attempts. Please wait {{minutes}} minutes and try again.",
  },
  profile: {
    title: "My profile",
    lead: "Your name appears on your certificates exactly as entered here.",
    submit: "Save changes",
    saved: "Your profile has been saved.",
    role: "Account type",
  },
  logout: {
    done: "You have been logged out.",
  },
};
