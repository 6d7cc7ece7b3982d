-- Lists of delegations and people are sorted by name; the database's default
-- collation (C.UTF-8 on these servers) orders by code point, which puts
-- "Türkiye" after "Tuvalu". ICU's root collation orders by language rules,
-- as lib/names.ts does in JavaScript. Both PostgreSQL 15 and the embedded 18
-- are built with ICU. Prisma's schema cannot express a column's collation;
-- its migration diff leaves it alone.
ALTER TABLE "Delegation" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
