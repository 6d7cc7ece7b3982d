-- One current share per draft, guaranteed by the database: the share code
-- marks the previous share not current before it inserts the new one, inside
-- a transaction that holds the draft's row lock; this index makes a second
-- current share impossible whatever code writes.
-- Prisma's schema cannot express a partial index, so it lives here only;
-- its migration diff leaves the index alone (checked with db:new-migration).
CREATE UNIQUE INDEX "PositionShare_one_current_per_position" ON "PositionShare" ("positionId") WHERE "isCurrent";
CREATE UNIQUE INDEX "ImplementationStatusShare_one_current_per_status" ON "ImplementationStatusShare" ("statusId") WHERE "isCurrent";
