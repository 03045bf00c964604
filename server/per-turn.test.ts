import { describe, expect, it } from "vitest";
import { perTurn } from "./per-turn.js";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const fail = (error: unknown) => {
  throw error;
};

describe("per turn", () => {
  it("starts at most the given number of tasks per turn of the event loop, in the order they came", async () => {
    const inTurn = perTurn(3, fail);
    const started: number[] = [];
    for (let index = 0; index < 7; index++) inTurn(() => started.push(index));
    expect(started).toEqual([]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("lets the event loop handle other events between turns", async () => {
    const inTurn = perTurn(1, fail);
    const order: string[] = [];
    const busyFor = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    for (let index = 0; index < 3; index++)
      inTurn(() => {
        order.push(`task ${index}`);
        busyFor(3);
      });
    setTimeout(() => order.push("timer"), 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order.indexOf("timer")).toBeLessThan(order.indexOf("task 2"));
    expect(order.filter((entry) => entry.startsWith("task"))).toEqual(["task 0", "task 1", "task 2"]);
  });

  it("starts work queued after the queue ran empty", async () => {
    const inTurn = perTurn(2, fail);
    const started: string[] = [];
    inTurn(() => started.push("a"));
    await nextTurn();
    inTurn(() => started.push("b"));
    await nextTurn();
    expect(started).toEqual(["a", "b"]);
  });

  it("goes on with the other tasks, this turn and later ones, when one throws", async () => {
    const errors: unknown[] = [];
    const inTurn = perTurn(2, (error) => errors.push(error));
    const started: string[] = [];
    inTurn(() => {
      throw new Error("broken");
    });
    inTurn(() => started.push("same turn"));
    inTurn(() => started.push("next turn"));
    await nextTurn();
    await nextTurn();
    inTurn(() => started.push("queued afterwards"));
    await nextTurn();
    expect(started).toEqual(["same turn", "next turn", "queued afterwards"]);
    expect(errors).toEqual([new Error("broken")]);
  });
});
