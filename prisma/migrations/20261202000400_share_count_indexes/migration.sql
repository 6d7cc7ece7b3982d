-- Indexes for the counts of current shares (catalogue, tracker, dashboards) at
-- the scale of 223 delegations (BENCHMARKS.md): the counts read only the
-- current share's level and stance (or state) and the draft's item and
-- delegation, so these let Postgres answer from the indexes alone instead of
-- reading every wide share and draft row (their texts). Partial and covering
-- indexes, which the Prisma schema cannot express, as the current-share
-- indexes of 20261201204500_one_current_share (the migration diff leaves
-- partial indexes alone; checked with db:new-migration).
CREATE INDEX "PositionShare_current_by_visibility" ON "PositionShare" ("visibility", "positionId") INCLUDE ("stance", "id") WHERE "isCurrent";
CREATE INDEX "ImplementationStatusShare_current_by_visibility" ON "ImplementationStatusShare" ("visibility", "statusId") INCLUDE ("state", "id") WHERE "isCurrent";
