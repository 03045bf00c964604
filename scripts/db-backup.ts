// npm run db:backup [target-file] — a consistent online backup of the SQLite
// database while the app runs; by default into DATA_DIR/backups with a UTC
// timestamp. Restoring is described in the README.
import { backupDatabase } from "../app/platform/db/backup.server";

const [target] = process.argv.slice(2);
const file = await backupDatabase(target);
console.log(`backup written to ${file}`);
