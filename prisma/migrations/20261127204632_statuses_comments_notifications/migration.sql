-- CreateEnum
CREATE TYPE "ImplementationState" AS ENUM ('not-started', 'planned', 'in-progress', 'implemented', 'not-applicable');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('mention', 'reply', 'secretariat-request');

-- CreateTable
CREATE TABLE "ImplementationStatus" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "state" "ImplementationState" NOT NULL DEFAULT 'not-started',
    "evidence" TEXT NOT NULL DEFAULT '',
    "links" TEXT[],
    "asOf" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImplementationStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImplementationStatusShare" (
    "id" TEXT NOT NULL,
    "statusId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "state" "ImplementationState" NOT NULL,
    "evidence" TEXT NOT NULL,
    "links" TEXT[],
    "asOf" DATE,
    "visibility" "Visibility" NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "sharedById" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImplementationStatusShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImplementationStatusHistory" (
    "id" TEXT NOT NULL,
    "statusId" TEXT NOT NULL,
    "action" "PositionHistoryAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImplementationStatusHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentRevision" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "replacedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentMention" (
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "CommentMention_pkey" PRIMARY KEY ("commentId","userId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" TEXT,
    "itemId" TEXT,
    "commentId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImplementationStatus_delegationId_idx" ON "ImplementationStatus"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "ImplementationStatus_itemId_delegationId_key" ON "ImplementationStatus"("itemId", "delegationId");

-- CreateIndex
CREATE INDEX "ImplementationStatusShare_statusId_sharedAt_idx" ON "ImplementationStatusShare"("statusId", "sharedAt");

-- CreateIndex
CREATE INDEX "ImplementationStatusShare_isCurrent_visibility_idx" ON "ImplementationStatusShare"("isCurrent", "visibility");

-- CreateIndex
CREATE INDEX "ImplementationStatusHistory_statusId_createdAt_idx" ON "ImplementationStatusHistory"("statusId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_itemId_createdAt_idx" ON "Comment"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_delegationId_visibility_idx" ON "Comment"("delegationId", "visibility");

-- CreateIndex
CREATE INDEX "CommentRevision_commentId_version_idx" ON "CommentRevision"("commentId", "version");

-- CreateIndex
CREATE INDEX "CommentMention_userId_idx" ON "CommentMention"("userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "ImplementationStatus" ADD CONSTRAINT "ImplementationStatus_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationStatus" ADD CONSTRAINT "ImplementationStatus_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationStatus" ADD CONSTRAINT "ImplementationStatus_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationStatusShare" ADD CONSTRAINT "ImplementationStatusShare_statusId_fkey" FOREIGN KEY ("statusId") REFERENCES "ImplementationStatus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationStatusShare" ADD CONSTRAINT "ImplementationStatusShare_sharedById_fkey" FOREIGN KEY ("sharedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationStatusHistory" ADD CONSTRAINT "ImplementationStatusHistory_statusId_fkey" FOREIGN KEY ("statusId") REFERENCES "ImplementationStatus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationStatusHistory" ADD CONSTRAINT "ImplementationStatusHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentRevision" ADD CONSTRAINT "CommentRevision_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentRevision" ADD CONSTRAINT "CommentRevision_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- History is append-only (the function comes from the position_history migration).
CREATE TRIGGER "ImplementationStatusHistory_append_only"
  BEFORE UPDATE OR DELETE ON "ImplementationStatusHistory"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();

-- Earlier comment texts are history too.
CREATE TRIGGER "CommentRevision_append_only"
  BEFORE UPDATE OR DELETE ON "CommentRevision"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();
