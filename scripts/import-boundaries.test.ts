import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own ESLint configuration, run on fixture modules placed (by
// path) where docs/architecture.md forbids their imports. Each must fail with
// the boundary rule, and the allowed direction beside it must pass.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

const uses = (specifier: string) => `import { thing } from "${specifier}";\nexport const used = thing;\n`;

describe("import directions of docs/architecture.md", () => {
  it("refuses shared infrastructure that imports a feature, by alias or by path", async () => {
    expect(await boundaryErrors("app/platform/shell/Fixture.tsx", uses("~/features/auth/guards.server"))).toEqual([expect.stringContaining("must not depend on features")]);
    expect(await boundaryErrors("app/platform/mail/fixture.server.ts", uses("../../features/trainings/registration.server"))).toEqual([expect.stringContaining("must not depend on features")]);
    expect(await boundaryErrors("app/platform/jobs/fixture.server.ts", uses("~/jobs.server"))).toHaveLength(1);
  });

  it("refuses a feature that imports another feature's route module or test support", async () => {
    expect(await boundaryErrors("app/features/webinars/fixture.ts", uses("~/features/courses/routes/quiz"))).toEqual([expect.stringContaining("not a public module")]);
    expect(await boundaryErrors("app/features/webinars/fixture.ts", uses("~/features/trainings/test-support/make-training-session"))).toEqual([expect.stringContaining("tests only")]);
  });

  it("keeps the app and the Node server apart", async () => {
    expect(await boundaryErrors("app/features/courses/fixture.ts", uses("../../../server/page-cache.js"))).toEqual([expect.stringContaining("never imports the Node server")]);
    expect(await boundaryErrors("server/fixture.js", uses("../app/platform/runtime/env.server"))).toEqual([expect.stringContaining("imports nothing from app/")]);
  });

  it("allows the directions the architecture allows", async () => {
    expect(await boundaryErrors("app/features/courses/fixture.ts", uses("~/platform/db/db.server"))).toEqual([]);
    expect(await boundaryErrors("app/features/webinars/fixture.ts", uses("~/features/quiz/engine.server"))).toEqual([]);
    expect(await boundaryErrors("app/features/courses/routes/fixture.tsx", uses("../catalog.server"))).toEqual([]);
    expect(await boundaryErrors("app/platform/shell/fixture.ts", uses("~/platform/i18n/languages"))).toEqual([]);
    expect(await boundaryErrors("app/root.tsx", uses("~/features/auth/login-session.server"))).toEqual([]);
    expect(await boundaryErrors("server/fixture.js", uses("./page-cache.js"))).toEqual([]);
  });
});
