-- CreateTable
CREATE TABLE "Stocktaking" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "date" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stocktaking_pkey" PRIMARY KEY ("id")
);

-- One stocktaking, so one row: the id can only be 1.
ALTER TABLE "Stocktaking" ADD CONSTRAINT "Stocktaking_single_row" CHECK ("id" = 1);
