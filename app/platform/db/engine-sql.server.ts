import type { EngineSql } from "./engine-sql";
import { engine } from "~/platform/runtime/env.server";
import { postgresSql } from "./postgres-sql.server";
import { sqliteSql } from "./sqlite-sql.server";

/** SQLite's or PostgreSQL's way of doing what differs between them, chosen by DATABASE_URL. */
export const engineSql: EngineSql = engine === "sqlite" ? sqliteSql : postgresSql;
