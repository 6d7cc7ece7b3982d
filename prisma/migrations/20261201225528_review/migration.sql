-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('not-reviewed', 'reviewed', 'clarification-requested', 'included');

-- CreateEnum
CREATE TYPE "ReviewInputKind" AS ENUM ('position', 'implementation-status', 'comment');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'clarification-requested';
ALTER TYPE "NotificationKind" ADD VALUE 'clarification-answered';

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "reviewState" "ReviewState" NOT NULL DEFAULT 'not-reviewed';

-- AlterTable
ALTER TABLE "ImplementationStatusShare" ADD COLUMN     "reviewState" "ReviewState" NOT NULL DEFAULT 'not-reviewed';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "clarificationId" TEXT;

-- AlterTable
ALTER TABLE "PositionShare" ADD COLUMN     "reviewState" "ReviewState" NOT NULL DEFAULT 'not-reviewed';

-- CreateTable
CREATE TABLE "ReviewAction" (
    "id" TEXT NOT NULL,
    "inputKind" "ReviewInputKind" NOT NULL,
    "inputId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "delegationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "stateBefore" "ReviewState" NOT NULL,
    "stateAfter" "ReviewState" NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clarification" (
    "id" TEXT NOT NULL,
    "inputKind" "ReviewInputKind" NOT NULL,
    "inputId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "delegationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "Clarification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClarificationMessage" (
    "id" TEXT NOT NULL,
    "clarificationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClarificationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerNote" (
    "id" TEXT NOT NULL,
    "inputKind" "ReviewInputKind" NOT NULL,
    "inputId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewerNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewAction_inputKind_inputId_createdAt_idx" ON "ReviewAction"("inputKind", "inputId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewAction_createdAt_idx" ON "ReviewAction"("createdAt");

-- CreateIndex
CREATE INDEX "Clarification_inputKind_inputId_idx" ON "Clarification"("inputKind", "inputId");

-- CreateIndex
CREATE INDEX "Clarification_delegationId_answeredAt_idx" ON "Clarification"("delegationId", "answeredAt");

-- CreateIndex
CREATE INDEX "ClarificationMessage_clarificationId_createdAt_idx" ON "ClarificationMessage"("clarificationId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewerNote_inputKind_inputId_createdAt_idx" ON "ReviewerNote"("inputKind", "inputId", "createdAt");

-- CreateIndex
CREATE INDEX "ImplementationStatusShare_sharedAt_idx" ON "ImplementationStatusShare"("sharedAt");

-- CreateIndex
CREATE INDEX "PositionShare_sharedAt_idx" ON "PositionShare"("sharedAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_clarificationId_fkey" FOREIGN KEY ("clarificationId") REFERENCES "Clarification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClarificationMessage" ADD CONSTRAINT "ClarificationMessage_clarificationId_fkey" FOREIGN KEY ("clarificationId") REFERENCES "Clarification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClarificationMessage" ADD CONSTRAINT "ClarificationMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerNote" ADD CONSTRAINT "ReviewerNote_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerNote" ADD CONSTRAINT "ReviewerNote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerNote" ADD CONSTRAINT "ReviewerNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Review actions are history: append-only (the function comes from the position_history migration).
CREATE TRIGGER "ReviewAction_append_only"
  BEFORE UPDATE OR DELETE ON "ReviewAction"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();

-- A clarification thread's messages are the record of what was asked and answered.
CREATE TRIGGER "ClarificationMessage_append_only"
  BEFORE UPDATE OR DELETE ON "ClarificationMessage"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();
