// Every end-to-end scenario, in the order a full run takes them. `E2E_ONLY=name[,name]` picks
// some; a name that is not here is an error, not an empty run.

import type { Scenario } from "../runner";
import { arabic } from "./arabic";
import { board } from "./board";
import { desk } from "./desk";
import { pseudo } from "./pseudo";
import { summit } from "./summit";

export const SCENARIOS: readonly Scenario[] = [summit, board, desk, arabic, pseudo];
