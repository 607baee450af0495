import { writeOverviewYearly } from "../../loaders/analysis/overview.ts";

await writeOverviewYearly();
