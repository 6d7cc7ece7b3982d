-- CreateIndex
CREATE INDEX "ImplementationStatus_itemId_delegationId_id_idx" ON "ImplementationStatus"("itemId", "delegationId", "id");

-- CreateIndex
CREATE INDEX "Position_itemId_delegationId_id_idx" ON "Position"("itemId", "delegationId", "id");
