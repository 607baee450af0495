/** npm run backup [-- --env preprod|prod] [--keep N] [--list]: a complete, differential backup. */
import { parseArgs } from "node:util";
import { runCli } from "../loaders/cli/run.ts";
import { createBackup, listBackups } from "./deploy/backup.ts";
import { EXPECTED_ERRORS, envFlag } from "./deploy/cli.ts";
import { keepCount, layout } from "./deploy/layout.ts";
import { withDeployLock } from "./deploy/releases.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      env: { type: "string", default: "prod" },
      keep: { type: "string", default: process.env.MANGETAMAIN_KEEP },
      list: { type: "boolean", default: false },
    },
  });
  const env = envFlag(values.env);
  const paths = layout();
  if (values.list) {
    for (const r of await listBackups(paths, env))
      console.log(`${r.id}  ${r.build_id ?? "no site"}  ${r.data?.source ?? "-"}  ${r.reason}`);
    return;
  }
  const record = await withDeployLock(paths, () =>
    createBackup(paths, env, { reason: "manual", keep: keepCount(values.keep) }),
  );
  const d = record.diff;
  console.log(
    `backup ${record.id}: build ${record.build_id ?? "none"}; vs ${d.other_env}: ` +
      `${d.same_build ? "same build" : `build ${d.build_id.there ?? "none"}`}, ` +
      `${d.data_fingerprint.same ? "same data" : "other data"}, ` +
      `${d.files.changed.count} files changed, ${d.files.only_here.count} only here, ${d.files.only_there.count} only there`,
  );
}, EXPECTED_ERRORS);
