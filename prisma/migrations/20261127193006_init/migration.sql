-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organisation', 'session', 'participants');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('gcm-element', 'gfmd-recommendation', 'compact-format', 'process-gfmd-role');

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "time" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSection" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ReportSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "footnoteRefs" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Footnote" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,

    CONSTRAINT "Footnote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditorialNote" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "paragraphs" INTEGER[],

    CONSTRAINT "EditorialNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "consultationPlace" TEXT NOT NULL,
    "consultationDates" TEXT NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Objective" (
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "role" TEXT,
    "organisationId" TEXT,
    "aliases" TEXT[],

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemParagraph" (
    "itemId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ItemParagraph_pkey" PRIMARY KEY ("itemId","paragraphId")
);

-- CreateTable
CREATE TABLE "ItemCluster" (
    "itemId" TEXT NOT NULL,
    "clusterNumber" INTEGER NOT NULL,

    CONSTRAINT "ItemCluster_pkey" PRIMARY KEY ("itemId","clusterNumber")
);

-- CreateTable
CREATE TABLE "ItemObjective" (
    "itemId" TEXT NOT NULL,
    "objectiveNumber" INTEGER NOT NULL,

    CONSTRAINT "ItemObjective_pkey" PRIMARY KEY ("itemId","objectiveNumber")
);

-- CreateTable
CREATE TABLE "ItemActor" (
    "itemId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ItemActor_pkey" PRIMARY KEY ("itemId","actorId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_slug_key" ON "SourceDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSection_documentId_position_key" ON "ReportSection"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_documentId_number_key" ON "Paragraph"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Footnote_documentId_number_key" ON "Footnote"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "EditorialNote_documentId_key_key" ON "EditorialNote"("documentId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_key_key" ON "Actor"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Item_code_key" ON "Item"("code");

-- CreateIndex
CREATE INDEX "Item_retiredAt_position_idx" ON "Item"("retiredAt", "position");

-- CreateIndex
CREATE INDEX "ItemParagraph_paragraphId_idx" ON "ItemParagraph"("paragraphId");

-- CreateIndex
CREATE INDEX "ItemCluster_clusterNumber_idx" ON "ItemCluster"("clusterNumber");

-- CreateIndex
CREATE INDEX "ItemObjective_objectiveNumber_idx" ON "ItemObjective"("objectiveNumber");

-- CreateIndex
CREATE INDEX "ItemActor_actorId_idx" ON "ItemActor"("actorId");

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ReportSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Footnote" ADD CONSTRAINT "Footnote_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Footnote" ADD CONSTRAINT "Footnote_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorialNote" ADD CONSTRAINT "EditorialNote_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemParagraph" ADD CONSTRAINT "ItemParagraph_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemParagraph" ADD CONSTRAINT "ItemParagraph_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemCluster" ADD CONSTRAINT "ItemCluster_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemCluster" ADD CONSTRAINT "ItemCluster_clusterNumber_fkey" FOREIGN KEY ("clusterNumber") REFERENCES "Cluster"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemObjective" ADD CONSTRAINT "ItemObjective_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemObjective" ADD CONSTRAINT "ItemObjective_objectiveNumber_fkey" FOREIGN KEY ("objectiveNumber") REFERENCES "Objective"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemActor" ADD CONSTRAINT "ItemActor_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemActor" ADD CONSTRAINT "ItemActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
