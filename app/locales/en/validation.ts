export const validation = {
  formHasErrors: "Please correct the fields marked below.",
  required: "This field is required.",
  email: "Enter a valid email address, such as name@company.com.",
  emailTaken: "An account with this email already exists. Log in instead?",
  passwordTooShort: "The password must be at least 10 characters long.",
  passwordTooLong: "The password must be at most 200 characters long.",
  tooLong: "This is too long (at most {{max}} characters).",
  phone: "Enter a mainland mobile number (11 digits starting with 1) or an international number starting with +.",
  interestsRequired: "Choose at least one product category.",
  consentRequired: "You must agree to the processing of your personal information to register.",
  invalidChoice: "Choose one of the options.",
  certificateNumber: "A certificate number has 12 letters and digits, like 7KQM-3H9X-TD2P.",
};
