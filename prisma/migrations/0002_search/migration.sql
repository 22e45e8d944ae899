-- Full-text search over finding paragraphs and recommendations (SQLite FTS5).
--
-- One index for both, so that their relevance ranks compare. The rowid says
-- what a row is: an even rowid is Paragraph.id * 2, an odd one is
-- Recommendation.id * 2 + 1; deletes then find their row by rowid, not by scan.
-- Triggers keep the index in step with every insert, update and delete,
-- including the cascade that removes a replaced report's rows.
--
-- Prisma's schema does not describe this table (Prisma 6 has no FTS5 support),
-- so write later migrations with `migrate diff --from-schema-datamodel` on the
-- previous schema rather than from the database, or they would drop it.

CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    "text",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Paragraph_search_insert" AFTER INSERT ON "Paragraph" BEGIN
    INSERT INTO "SearchIndex" (rowid, "text") VALUES (new.id * 2, new.text);
END;

CREATE TRIGGER "Paragraph_search_delete" AFTER DELETE ON "Paragraph" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 2;
END;

CREATE TRIGGER "Paragraph_search_update" AFTER UPDATE OF "text" ON "Paragraph" BEGIN
    UPDATE "SearchIndex" SET "text" = new.text WHERE rowid = old.id * 2;
END;

CREATE TRIGGER "Recommendation_search_insert" AFTER INSERT ON "Recommendation" BEGIN
    INSERT INTO "SearchIndex" (rowid, "text") VALUES (new.id * 2 + 1, new.text || ' ' || coalesce(new.addressee, ''));
END;

CREATE TRIGGER "Recommendation_search_delete" AFTER DELETE ON "Recommendation" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 2 + 1;
END;

CREATE TRIGGER "Recommendation_search_update" AFTER UPDATE OF "text", "addressee" ON "Recommendation" BEGIN
    UPDATE "SearchIndex" SET "text" = new.text || ' ' || coalesce(new.addressee, '') WHERE rowid = old.id * 2 + 1;
END;

-- Index what is already stored.
INSERT INTO "SearchIndex" (rowid, "text") SELECT id * 2, text FROM "Paragraph";
INSERT INTO "SearchIndex" (rowid, "text") SELECT id * 2 + 1, text || ' ' || coalesce(addressee, '') FROM "Recommendation";
