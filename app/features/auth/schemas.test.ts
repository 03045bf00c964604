import { describe, expect, it } from "vitest";
import { parseForm } from "~/platform/forms/parse-form";
import { joinSchema, loginSchema } from "./schemas";

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const valid = {
  email: " Li.Na@Example.com ",
  password: "ten-chars!!",
  name: " 李娜 ",
  company: "",
  jobRole: "buyer",
  phone: "",
  preferredLanguage: "zh",
};

describe("join form", () => {
  it("accepts a complete form and trims values", () => {
    const result = parseForm(form(valid), joinSchema);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.name).toBe("李娜");
      expect(result.data.email).toBe("Li.Na@Example.com");
    }
  });

  it("reports every invalid field with a validation key and never echoes the password", () => {
    const result = parseForm(form({ ...valid, email: "nope", password: "short", name: " ", jobRole: "spy" }), joinSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.email?.key).toBe("validation.email");
    expect(result.errors.password?.key).toBe("validation.passwordTooShort");
    expect(result.errors.name?.key).toBe("validation.required");
    expect(result.errors.jobRole?.key).toBe("validation.invalidChoice");
    expect(result.values.email).toBe("nope");
    expect(result.values.password).toBeUndefined();
  });

  it("gives the limit with a too-long value", () => {
    const result = parseForm(form({ ...valid, name: "名".repeat(101) }), joinSchema);
    expect(result.ok || result.errors.name).toEqual({ key: "validation.tooLong", values: { max: 100 } });
  });

  it.each([
    ["13800138000", "13800138000"],
    ["138 0013 8000", "13800138000"],
    ["+86 138-0013-8000", "+8613800138000"],
    ["+1 (202) 555-0100", "+12025550100"],
    ["+44 20 7946 0958", "+442079460958"],
  ])("accepts the phone number %s", (input, stored) => {
    const result = parseForm(form({ ...valid, phone: input }), joinSchema);
    expect(result.ok && result.data.phone).toBe(stored);
  });

  it.each(["12345", "23800138000", "+86 12345", "phone", "+0 123 4567"])("rejects the phone number %s", (input) => {
    const result = parseForm(form({ ...valid, phone: input }), joinSchema);
    expect(result.ok || result.errors.phone?.key).toBe("validation.phone");
  });
});

describe("login form", () => {
  it("requires both fields", () => {
    const result = parseForm(form({ email: "", password: "" }), loginSchema);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.email?.key).toBe("validation.required");
      expect(result.errors.password?.key).toBe("validation.required");
    }
  });

  it("treats a missing field like an empty one", () => {
    const result = parseForm(new FormData(), loginSchema);
    expect(result.ok || result.errors.email?.key).toBe("validation.required");
  });
});
