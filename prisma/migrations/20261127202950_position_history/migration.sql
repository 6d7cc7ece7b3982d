-- CreateEnum
CREATE TYPE "PositionHistoryAction" AS ENUM ('saved', 'shared');

-- CreateTable
CREATE TABLE "PositionHistory" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "action" "PositionHistoryAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PositionHistory_positionId_createdAt_idx" ON "PositionHistory"("positionId", "createdAt");

-- AddForeignKey
ALTER TABLE "PositionHistory" ADD CONSTRAINT "PositionHistory_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHistory" ADD CONSTRAINT "PositionHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- History is append-only: refuse any change to what was recorded.
CREATE FUNCTION "forbid_history_change"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PositionHistory_append_only"
  BEFORE UPDATE OR DELETE ON "PositionHistory"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();
