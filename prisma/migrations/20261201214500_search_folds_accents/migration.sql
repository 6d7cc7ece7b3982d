-- Full-text search that ignores accents: "Gotz" finds Götz Schmidt-Bremme,
-- "Cote" finds Côte d'Ivoire. Two text search configurations, English (with
-- stemming, for the items' words) and simple (for names), each folding
-- accents with the unaccent dictionary before anything else. unaccent is a
-- trusted extension: the database's owner may create it. Prisma's schema does
-- not describe extensions or search configurations; its diff leaves them alone.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION gfmd_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION gfmd_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION gfmd_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION gfmd_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
